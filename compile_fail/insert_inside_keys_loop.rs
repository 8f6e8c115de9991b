// Explained in lessons/lesson-00 (why the compiler says no): `insert` may grow
// the table and move every entry, so it cannot run while `scores.keys()` still
// borrows the map. Fix: collect the keys first (lesson-01).
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    for name in scores.keys() {
        scores.insert(format!("{name}_bonus"), 100);
    }
}
