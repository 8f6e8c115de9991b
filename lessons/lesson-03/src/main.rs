//! Lesson 03, the story: `cargo run -p lesson-03`.
//!
//! Every step prints the leaderboard sorted by player id: a `HashMap`
//! iterates in a different order in every process, so it is copied into a
//! `BTreeMap` (which iterates in key order) before printing, and every vector
//! of ids is sorted before it is printed.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_03::{award_bonus_by_id, player_ids, player_ids_cloned};

/// Prints the board, one player a line, in id order.
fn show(title: &str, scores: &HashMap<u64, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&u64, &i32> = scores.iter().collect();
    for (id, score) in sorted {
        println!("  {id:>20} {score:>11}");
    }
}

/// Sorts a vector of ids so that it prints the same in every process.
fn sorted(mut ids: Vec<u64>) -> Vec<u64> {
    ids.sort_unstable();
    ids
}

fn main() {
    println!(
        "== Round over: every player id earns {} point ==",
        lesson_03::BONUS
    );
    let mut scores: HashMap<u64, i32> =
        HashMap::from([(1001, 10), (42, 20), (7, -3), (90_210, 0), (u64::MAX, 5)]);
    show("before award_bonus_by_id:", &scores);

    let copied = sorted(player_ids(&scores));
    let cloned = sorted(player_ids_cloned(&scores));
    println!("ids via copied(), sorted: {copied:?}");
    println!("ids via cloned(), sorted: {cloned:?}");
    println!(
        "same ids either way: {}",
        if copied == cloned { "yes" } else { "no" }
    );

    award_bonus_by_id(&mut scores);
    show(
        "after award_bonus_by_id (ids copied out first, then get_mut):",
        &scores,
    );

    println!();
    println!("== The top of the range ==");
    let mut scores: HashMap<u64, i32> = HashMap::from([(1, i32::MAX), (2, i32::MAX - 1)]);
    show("before award_bonus_by_id:", &scores);
    award_bonus_by_id(&mut scores);
    show(
        "after award_bonus_by_id (i32::MAX saturates instead of wrapping to i32::MIN):",
        &scores,
    );
}
