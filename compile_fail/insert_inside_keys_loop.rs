// Explained in lessons/lesson-00 (why the compiler says no): `insert` may move
// every entry to a bigger table, or rehash them in place in a new order, so it
// cannot run while `scores.keys()` borrows the map. Fix: collect keys (lesson-01).
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    for name in scores.keys() {
        scores.insert(format!("{name}_bonus"), 100);
    }
}
