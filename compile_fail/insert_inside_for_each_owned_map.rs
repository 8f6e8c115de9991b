// Explained in lessons/lesson-09 (closures and pairs), "A closure is not a way
// out": the same `for_each` as `insert_inside_for_each.rs`, on a map the
// function owns. The closure now borrows `scores` mutably, and the error is
// the loop's E0502: only the code changes, not the conflict.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    scores.keys().for_each(|name| {
        scores.insert(format!("{name}_bonus"), 100);
    });
}
