//! Lesson 06's fix: add a player's points, or put a newcomer on the board,
//! with one lookup. `cargo run -p lesson-06 --example playground-06`
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let events = [("Alice", 5), ("Дмитрий", 7), ("Bob", -30), ("Дмитрий", 1)];

    for (player, points) in events {
        // `entry` finds the player once; exactly one of the two steps runs.
        scores
            .entry(player.to_owned())
            .and_modify(|score| *score = score.saturating_add(points))
            .or_insert(points);
    }

    // A `HashMap` iterates in a different order in every run: sort to print.
    let board: BTreeMap<&String, &i32> = scores.iter().collect();
    for (player, score) in board {
        println!("{score:>4}  {player}");
    }
    assert_eq!(scores["Дмитрий"], 8, "a newcomer, then one more point");
}
