//! Lesson 01, the story: `cargo run -p lesson-01`.
//!
//! Every step prints the leaderboard sorted by name: a `HashMap` iterates in
//! a different order in every process, so it is copied into a `BTreeMap`
//! (which iterates in key order) before printing.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_01::{add_bonus_entries, award_bonus, cleanup_scores};

/// Prints the board, one player a line, in name order (the name last, so
/// that names of any width, such as 字, leave the columns straight).
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

fn main() {
    println!(
        "== Round over: everyone who played earns {} point ==",
        lesson_01::BONUS
    );
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    show("before award_bonus:", &scores);
    award_bonus(&mut scores);
    show(
        "after award_bonus (keys collected first, then get_mut):",
        &scores,
    );

    println!();
    println!("== Cleanup: players who scored 0 leave, the rest earn a point ==");
    let mut scores = HashMap::from([
        (String::from("Alice"), 0),
        (String::from("Bob"), 5),
        (String::from("Charlie"), 10),
    ]);
    show("before cleanup_scores:", &scores);
    cleanup_scores(&mut scores);
    show(
        "after cleanup_scores (Alice is gone, Bob 6, Charlie 11):",
        &scores,
    );

    println!();
    println!("== Inserting while walking the collected keys ==");
    add_bonus_entries(&mut scores);
    show(
        "after add_bonus_entries (one new entry per player who was there before):",
        &scores,
    );

    println!();
    println!("== The top of the range ==");
    let mut scores = HashMap::from([(String::from("Zoë"), i32::MAX), (String::from("Émile"), -3)]);
    show("before award_bonus:", &scores);
    award_bonus(&mut scores);
    show(
        "after award_bonus (i32::MAX saturates instead of wrapping to i32::MIN):",
        &scores,
    );
}
