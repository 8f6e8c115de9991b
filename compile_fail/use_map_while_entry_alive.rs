// Explained in lessons/lesson-06 (entry API): an `Entry` holds the map's
// `&mut` borrow until it is used, so the map cannot be read in between.
// Fix: read the map before calling `entry`, or finish with the entry first.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    let entry = scores.entry(String::from("Bob"));
    println!("{} players before Bob joins", scores.len());
    entry.or_insert(0);
}
