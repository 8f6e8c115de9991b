//! Lesson 04, the story: `cargo run -p lesson-04`.
//!
//! Every step prints the leaderboard sorted by name: a `HashMap` iterates in
//! a different order in every process (and `retain` visits it in that
//! order), so it is copied into a `BTreeMap` before printing. Capacities are
//! printed as comparisons, never as numbers: the exact figure is an
//! implementation detail of the standard library.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_04::{cleanup_scores, remove_scores_below};

/// Prints the board, one player a line, in name order: the score right-aligned
/// first, the name last, so that no column depends on how wide a name is
/// (字 or Дмитрий take more or fewer columns than their `char` count says).
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

/// A board built from `(name, score)` pairs.
fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
    entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
}

fn main() {
    println!("== Cleanup with retain: zeros leave, the rest earn a point, one pass ==");
    let mut scores = board(&[("Alice", 0), ("Bob", 5), ("Charlie", 10)]);
    show("before cleanup_scores:", &scores);
    cleanup_scores(&mut scores);
    show(
        "after cleanup_scores (Alice is gone, Bob 6, Charlie 11; no key cloned):",
        &scores,
    );

    println!();
    println!("== The top of the range ==");
    let mut scores = board(&[("Zoë", i32::MAX), ("Émile", -1), ("Ж", 0), ("字", i32::MIN)]);
    show("before cleanup_scores:", &scores);
    cleanup_scores(&mut scores);
    show(
        "after cleanup_scores (Ж left; i32::MAX saturates; -1 becomes 0 but stays this round):",
        &scores,
    );

    println!();
    println!("== remove_scores_below: a plain retain ==");
    let round = board(&[
        ("Alice", 4),
        ("Bob", 5),
        ("Charlie", 6),
        ("Min", i32::MIN),
        ("Zoë", i32::MAX),
    ]);
    show("the board:", &round);
    let mut scores = round.clone();
    remove_scores_below(&mut scores, 5);
    show(
        "remove_scores_below 5 (a score of exactly 5 stays):",
        &scores,
    );
    let mut scores = round.clone();
    remove_scores_below(&mut scores, i32::MIN);
    show(
        "remove_scores_below i32::MIN (nobody is below it):",
        &scores,
    );
    let mut scores = round;
    remove_scores_below(&mut scores, i32::MAX);
    show(
        "remove_scores_below i32::MAX (only i32::MAX remains):",
        &scores,
    );

    println!();
    println!("== retain keeps the table's memory ==");
    let mut scores: HashMap<String, i32> =
        (0..1000).map(|i| (format!("player {i:03}"), i)).collect();
    let before = scores.capacity();
    println!(
        "{} players, room for at least 1000: {}",
        scores.len(),
        before >= 1000
    );
    remove_scores_below(&mut scores, 997);
    show("after remove_scores_below 997:", &scores);
    let after = scores.capacity();
    println!("capacity not increased by retain: {}", after <= before);
    println!(
        "still room for at least 1000 (the table was not shrunk): {}",
        after >= 1000
    );
    scores.shrink_to_fit();
    println!(
        "after shrink_to_fit: room for the {} left: {}, smaller than before: {}",
        scores.len(),
        scores.capacity() >= scores.len(),
        scores.capacity() < before
    );
}
