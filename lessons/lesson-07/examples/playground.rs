//! Lesson 07's fix: every player earns a point, written in place through
//! `values_mut`. `cargo run -p lesson-07 --example playground-07`
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores = HashMap::from([
        (String::from("Alice"), 10),
        (String::from("字"), i32::MAX),
        (String::from("Дмитрий"), -3),
    ]);

    // One `&mut` borrow of the map for the whole loop; each turn lends out
    // one value. No key is cloned and none is looked up.
    for score in scores.values_mut() {
        *score = score.saturating_add(1);
    }

    // A `HashMap` iterates in a different order in every run: sort to print.
    let board: BTreeMap<&String, &i32> = scores.iter().collect();
    for (player, score) in board {
        println!("{score:>11}  {player}");
    }
    assert_eq!(scores["字"], i32::MAX, "saturating_add stops at the top");
}
