// Explained in lessons/lesson-10 (the hostage at run time): a read guard of an
// `RwLock` dereferences to `&HashMap` only, so the write cannot go through it;
// to change the values in place, take the write guard (`scores.write()`).
use std::collections::HashMap;
use std::sync::RwLock;

fn main() {
    let scores: RwLock<HashMap<String, i32>> =
        RwLock::new(HashMap::from([(String::from("Alice"), 10)]));
    let board = scores.read().unwrap();
    for score in board.values_mut() {
        *score = score.saturating_add(1);
    }
}
