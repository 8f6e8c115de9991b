//! Lesson 05's fix: `drain` moves every entry out of the map, owned, and
//! leaves the map empty with its table kept for the next round.
//! Run it: `cargo run -p lesson-05 --example playground-05`.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Bob"), 20), (String::from("Alice"), 10)]);
    let room = scores.capacity();

    // Every `(String, i32)` is moved out of the map: no name is cloned.
    let mut history: Vec<(String, i32)> = scores.drain().collect();
    // `drain` yields in the map's internal order, which changes from run to
    // run: sort before showing anything.
    history.sort_unstable();

    for (name, score) in &history {
        println!("{score:>3}  {name}");
    }
    assert!(scores.is_empty());
    assert_eq!(
        scores.capacity(),
        room,
        "the table is kept for the next round"
    );
}
