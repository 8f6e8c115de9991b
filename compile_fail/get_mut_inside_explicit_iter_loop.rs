// Explained in lessons/lesson-01 (collect keys): the same opening loop written
// with `scores.iter()` instead of `&scores`. `for x in &scores` calls `iter()`
// for you, so the borrow, the error and the fix are the same.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    for (name, _score) in scores.iter() {
        if let Some(score) = scores.get_mut(name) {
            *score += 1;
        }
    }
}
