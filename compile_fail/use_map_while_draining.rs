// Explained in lessons/lesson-05 (drain), "The map is out of reach while it drains":
// the `Drain` iterator holds a `&mut` borrow of `scores` until it is dropped, when
// the loop ends, so the map cannot be read (here `scores.len()`) inside the loop.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let mut history = Vec::new();
    for (name, score) in scores.drain() {
        println!("{} players left on the board", scores.len());
        history.push((name, score));
    }
}
