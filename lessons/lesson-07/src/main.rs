//! Lesson 07, the story: `cargo run -p lesson-07`.
//!
//! Every step prints the leaderboard sorted by name: a `HashMap` iterates in
//! a different order in every process, so it is copied into a `BTreeMap`
//! (which iterates in key order) before printing.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_07::{award_bonus, award_bonus_iter_mut, award_bonus_with_prefix};

/// Prints the board, one player a line, in name order: the score first, in a
/// column of fixed width, and the name last, so that names of any display
/// width (字, Дмитрий) cannot push a column out of line.
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

fn main() {
    println!(
        "== Alice and Bob: everyone earns {} point, no key vector ==",
        lesson_07::BONUS
    );
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    show("before award_bonus:", &scores);
    award_bonus(&mut scores);
    show("after award_bonus (values_mut: Alice 11, Bob 21):", &scores);

    println!();
    println!("== A fuller board ==");
    let mut scores = HashMap::from([
        (String::from("Alice"), 10),
        (String::from("Bob"), 20),
        (String::from("VIP_Carol"), 30),
        (String::from("VIP_Жанна"), 45),
        (String::from("vip_dave"), 5),
        (String::from("Zoë"), i32::MAX),
    ]);
    show("before the round:", &scores);
    award_bonus(&mut scores);
    show(
        "after award_bonus (values_mut; Zoë saturates at i32::MAX):",
        &scores,
    );
    award_bonus_iter_mut(&mut scores);
    show(
        "after award_bonus_iter_mut (iter_mut, same job: one more point each):",
        &scores,
    );

    println!();
    println!("== Only the VIPs: iter_mut + filter on the name, nothing collected ==");
    award_bonus_with_prefix(&mut scores, "VIP_");
    show(
        "after award_bonus_with_prefix(\"VIP_\") (vip_dave does not match):",
        &scores,
    );
}
