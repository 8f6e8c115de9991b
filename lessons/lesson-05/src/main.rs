//! Lesson 05, the story: `cargo run -p lesson-05`.
//!
//! Every step prints the leaderboard sorted by name: a `HashMap` iterates
//! (and drains) in a different order in every process, so the board is copied
//! into a `BTreeMap` before printing, and the history is sorted by
//! `end_round`. Capacities are printed as comparisons, never as numbers: the
//! exact figure is an implementation detail of the standard library.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_05::{end_round, end_round_with_take};

/// Prints the board, one player a line, in name order: the score right-aligned
/// first, the name last, so that no column depends on how wide a name is
/// (字 or Дмитрий take more or fewer columns than their `char` count says).
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    if scores.is_empty() {
        println!("  (empty)");
    }
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

/// Prints a round's history, already sorted by name.
fn show_history(title: &str, history: &[(String, i32)]) {
    println!("{title}");
    for (name, score) in history {
        println!("  {score:>11}  {name}");
    }
}

/// Awards `points` to `name`, adding a new player at 0 first if needed.
/// Saturates: a score at `i32::MAX` stays there.
fn score(scores: &mut HashMap<String, i32>, name: &str, points: i32) {
    let entry = scores.entry(name.to_owned()).or_insert(0);
    *entry = entry.saturating_add(points);
}

fn main() {
    println!("== Round 1 is played ==");
    let mut scores: HashMap<String, i32> = HashMap::new();
    score(&mut scores, "Charlie", 10);
    score(&mut scores, "Alice", 7);
    score(&mut scores, "Bob", 5);
    score(&mut scores, "Zoë", i32::MAX);
    score(&mut scores, "Zoë", 1);
    score(&mut scores, "Alice", 3);
    show("the live board (Zoë saturated at i32::MAX):", &scores);
    let capacity = scores.capacity();
    println!(
        "room for at least the {} players: {}",
        scores.len(),
        capacity >= scores.len()
    );

    println!();
    println!("== end_round: drain the board into the history ==");
    let mut history = Vec::new();
    history.push(end_round(&mut scores));
    show_history("round 1 final standings (sorted by name):", &history[0]);
    show("the live board after end_round:", &scores);
    println!("capacity kept: {}", scores.capacity() == capacity);

    println!();
    println!("== Round 2 reuses the same map ==");
    score(&mut scores, "Émile", 4);
    score(&mut scores, "Ж", 9);
    score(&mut scores, "Alice", 2);
    show("the live board:", &scores);
    println!(
        "capacity unchanged, nothing reallocated: {}",
        scores.capacity() == capacity
    );
    history.push(end_round(&mut scores));
    show_history("round 2 final standings:", &history[1]);

    println!();
    println!("== Round 3, ended with std::mem::take instead ==");
    score(&mut scores, "字", 1);
    score(&mut scores, "Bob", -2);
    show("the live board:", &scores);
    history.push(end_round_with_take(&mut scores));
    show_history("round 3 final standings (the same sort):", &history[2]);
    show("the live board after end_round_with_take:", &scores);
    println!("capacity kept: {}", scores.capacity() == capacity);
    println!("capacity is 0, a fresh HashMap: {}", scores.capacity() == 0);

    println!();
    println!("== clear: the entries are dropped, the room is kept ==");
    score(&mut scores, "Alice", 1);
    score(&mut scores, "Bob", 1);
    let capacity = scores.capacity();
    show("a practice round nobody wants to keep:", &scores);
    scores.clear();
    show("after clear:", &scores);
    println!("capacity kept: {}", scores.capacity() == capacity);

    println!();
    println!("== A drain dropped after one entry still empties the board ==");
    score(&mut scores, "Alice", 1);
    score(&mut scores, "Bob", 2);
    score(&mut scores, "Charlie", 3);
    let first = scores.drain().next();
    println!("drain handed out one entry: {}", first.is_some());
    show("the live board after dropping the drain:", &scores);

    println!();
    println!("== The history: {} rounds ==", history.len());
    for (round, standings) in (1..).zip(&history) {
        let players: Vec<&str> = standings.iter().map(|(name, _)| name.as_str()).collect();
        println!("  round {round}: {}", players.join(", "));
    }
}
