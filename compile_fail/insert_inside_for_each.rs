// Explained in lessons/lesson-09 (closures and pairs), "A closure is not a way
// out": lesson 01's loop written with `for_each`. `keys()` borrows the map for
// the whole call; the closure needs unique access to `*scores` to insert, and
// it takes that access when it is built, not when it runs. E0500, because
// `scores` is a `&mut` reference here (an owned map gives E0502).
use std::collections::HashMap;

fn add_bonus_entries(scores: &mut HashMap<String, i32>) {
    scores.keys().for_each(|name| {
        scores.insert(format!("{name}_bonus"), 100);
    });
}

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    add_bonus_entries(&mut scores);
}
