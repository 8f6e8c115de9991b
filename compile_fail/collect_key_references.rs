// Explained in lessons/lesson-01 (collect keys): the collected `Vec<&String>`
// keeps the map borrowed while the loop reads it: no `get_mut` there. Fix: `cloned()`.
use std::collections::HashMap;

fn broken_update(scores: &mut HashMap<String, i32>) {
    let keys: Vec<_> = scores.keys().collect();
    for key in keys {
        if let Some(score) = scores.get_mut(key) {
            *score += 1;
        }
    }
}

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    broken_update(&mut scores);
}
