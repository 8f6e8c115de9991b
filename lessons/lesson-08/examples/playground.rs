//! Lesson 08's fix: `extract_if` removes the players below the cut and hands
//! them back, in one pass. Run it: `cargo run -p lesson-08 --example playground-08`.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([
        (String::from("Alice"), 10),
        (String::from("Bob"), 20),
        (String::from("Dmitri"), 4),
    ]);

    // Lazy: an entry leaves the map only when the iterator reaches it, so run
    // the iterator to the end (`collect` does).
    let mut eliminated: Vec<(String, i32)> =
        scores.extract_if(|_name, score| *score < 15).collect();
    // A HashMap yields in an order that changes from run to run: sort.
    eliminated.sort_unstable();

    for (name, score) in &eliminated {
        println!("out {score:>3}  {name}");
    }
    let stayed: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in &stayed {
        println!("in  {score:>3}  {name}");
    }
    assert_eq!((eliminated.len(), stayed.len()), (2, 1));
}
