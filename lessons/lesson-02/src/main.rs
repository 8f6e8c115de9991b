//! Lesson 02, the story: `cargo run -p lesson-02`.
//!
//! Every step prints the leaderboard sorted by name: a `HashMap` iterates in
//! a different order in every process, so it is copied into a `BTreeMap`
//! (which iterates in key order) before printing.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_02::{
    VIP_PREFIX, award_bonus_with_prefix, award_bonus_with_prefix_collect_all, award_vip_bonus,
    keys_with_prefix,
};

/// Prints the board, one player a line, in name order (the name last, so
/// that names of any width, such as 字, leave the columns straight).
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

/// The board of the story: three VIPs, two ordinary players, two near misses.
fn tonights_board() -> HashMap<String, i32> {
    HashMap::from([
        (String::from("VIP_Ada"), 40),
        (String::from("VIP_Zoë"), 35),
        (String::from("VIP_Жора"), 12),
        (String::from("Bob"), 20),
        (String::from("Carol"), 15),
        (String::from("vip_Ken"), 30),
        (String::from("VIPx"), 8),
    ])
}

fn main() {
    println!(
        "== Round over: only the VIPs (names starting with {VIP_PREFIX:?}) earn {} point ==",
        lesson_02::BONUS
    );
    let mut scores = tonights_board();
    show("before award_vip_bonus:", &scores);

    let vips = keys_with_prefix(&scores, VIP_PREFIX);
    println!("keys that pass the filter, sorted: {vips:?}");
    println!(
        "filter first: {} of the {} keys were cloned",
        vips.len(),
        scores.len()
    );

    award_vip_bonus(&mut scores);
    show(
        "after award_vip_bonus (vip_Ken and VIPx are near misses: case and underscore count):",
        &scores,
    );

    println!();
    println!("== The contrast: clone every key, test inside the loop ==");
    let mut same = tonights_board();
    award_bonus_with_prefix_collect_all(&mut same, VIP_PREFIX);
    println!(
        "collect all: every key is cloned, all {} of them, to bump the same {} players",
        same.len(),
        vips.len()
    );
    println!(
        "same board as filtering first: {}",
        if same == scores { "yes" } else { "no" }
    );

    println!();
    println!("== The empty prefix: every name starts with \"\" ==");
    let mut scores = tonights_board();
    println!(
        "with prefix \"\": {} of the {} keys would be cloned",
        keys_with_prefix(&scores, "").len(),
        scores.len()
    );
    award_bonus_with_prefix(&mut scores, "");
    show(
        "after award_bonus_with_prefix(\"\") (everyone +1):",
        &scores,
    );

    println!();
    println!("== The top of the range ==");
    let mut scores = HashMap::from([
        (String::from("VIP_Champion"), i32::MAX),
        (String::from("VIP_Runner_up"), i32::MAX - 1),
        (String::from("Champion"), i32::MAX - 1),
    ]);
    show("before award_vip_bonus:", &scores);
    award_vip_bonus(&mut scores);
    show(
        "after award_vip_bonus (VIP_Champion saturates at i32::MAX; Champion is no VIP):",
        &scores,
    );
}
