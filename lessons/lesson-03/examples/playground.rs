//! Lesson 03's fix: take `Copy` keys (numeric player ids) out of the map with
//! `copied()`, then update the map by id.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores: HashMap<u64, i32> = HashMap::from([(7, 10), (42, 20), (u64::MAX, i32::MAX)]);

    // `copied()` turns each `&u64` into a `u64`: a byte copy, no allocation.
    let players: Vec<u64> = scores.keys().copied().collect();
    for player in players {
        if let Some(score) = scores.get_mut(&player) {
            *score = score.saturating_add(1);
        }
    }

    // A `HashMap` iterates in a different order in every run: sort to print.
    let sorted: BTreeMap<&u64, &i32> = scores.iter().collect();
    for (player, score) in sorted {
        println!("{score:>11}  player {player}");
    }
}
