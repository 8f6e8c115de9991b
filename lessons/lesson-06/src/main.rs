//! Lesson 06, the story: `cargo run -p lesson-06`.
//!
//! A match in progress: points arrive one event at a time, and each event is
//! recorded with the entry API. Every step prints the leaderboard sorted by
//! name: a `HashMap` iterates in a different order in every process, so it is
//! copied into a `BTreeMap` (which iterates in key order) before printing.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_06::{
    Recorded, log_points, record_points, record_points_reporting, record_points_two_lookups,
    score_slot, score_slot_with,
};

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

/// Records one event with the entry API, says what it is, and shows the board.
fn event(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
    record_points(scores, player, points);
    show(&format!("after {player} {points:+}:"), scores);
}

fn main() {
    println!("== A match in progress: record_points (entry, and_modify, or_insert) ==");
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    show("kick-off:", &scores);
    event(&mut scores, "Alice", 5);
    event(&mut scores, "Bob", 3);
    println!("-- a new player appears (the entry is vacant, so or_insert runs) --");
    event(&mut scores, "Дмитрий", 7);
    println!("-- a penalty is just negative points --");
    event(&mut scores, "Bob", -30);
    println!("-- 字 joins at i32::MAX, then scores again: saturating_add keeps 字 there --");
    event(&mut scores, "字", i32::MAX);
    event(&mut scores, "字", 1);
    println!("-- a penalty at i32::MIN saturates too --");
    event(&mut scores, "Ghost", i32::MIN);
    event(&mut scores, "Ghost", -1);

    println!();
    println!("== The same events with get_mut, then insert on a miss ==");
    let events = [
        ("Alice", 5),
        ("Bob", 3),
        ("Дмитрий", 7),
        ("Bob", -30),
        ("字", i32::MAX),
        ("字", 1),
        ("Ghost", i32::MIN),
        ("Ghost", -1),
    ];
    let mut again = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    for (player, points) in events {
        record_points_two_lookups(&mut again, player, points);
    }
    show("final board, two-lookup version:", &again);
    println!("same board as the entry version: {}", again == scores);

    println!();
    println!("== A match on Entry: Occupied or Vacant ==");
    for (player, points) in [("Alice", 2), ("Émile", 4), ("字", 10)] {
        match record_points_reporting(&mut scores, player, points) {
            Recorded::Joined { score } => println!("{player} joined with {score}"),
            Recorded::Updated { before, after } => {
                println!("{player}: {before} {points:+} -> {after}");
            }
        }
    }
    show("after the reported events:", &scores);

    println!();
    println!("== Getting the score back: or_insert and or_insert_with ==");
    let slot = score_slot(&mut scores, "Zoë");
    *slot = slot.saturating_add(12);
    show(
        "Zoë was not on the board: score_slot inserted 0, then +12:",
        &scores,
    );
    let last_season = HashMap::from([("Maëlle", 40), ("Alice", 99)]);
    for player in ["Maëlle", "Alice"] {
        let start = || {
            println!("  (looking up {player}'s starting score from last season)");
            last_season.get(player).copied().unwrap_or(0)
        };
        let score = score_slot_with(&mut scores, player, start);
        println!("{player}'s score is {score}");
    }
    show(
        "Maëlle started at 40; Alice was on the board, so no lookup:",
        &scores,
    );

    println!();
    println!("== or_default: every player's events, an empty list to start ==");
    let mut history: HashMap<String, Vec<i32>> = HashMap::new();
    for (player, points) in [("Bob", 20), ("Alice", 5), ("Bob", 3), ("Bob", -30)] {
        log_points(&mut history, player, points);
    }
    let sorted: BTreeMap<&String, &Vec<i32>> = history.iter().collect();
    for (player, events) in sorted {
        println!("  {player}: {events:?}");
    }
}
