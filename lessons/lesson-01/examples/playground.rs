//! Lesson 01's fix: copy the keys out of the map, then update it by key.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([
        (String::from("Alice"), 10),
        (String::from("Bob"), 20),
        (String::from("字"), i32::MAX),
    ]);

    // `keys()` borrows the map only until `collect()` returns: the vector
    // owns its copies, so nothing points into `scores` any more.
    let names: Vec<String> = scores.keys().cloned().collect();
    for name in names {
        // Nothing else borrows the map: `get_mut` may borrow it mutably.
        if let Some(score) = scores.get_mut(&name) {
            *score = score.saturating_add(1);
        }
    }

    // A `HashMap` iterates in a different order in every run: sort to print.
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("{score:>11}  {name}");
    }
}
