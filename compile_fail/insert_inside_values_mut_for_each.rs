// Explained in lessons/lesson-09 (closures and pairs), "A closure is not a way
// out": lesson 07's `values_mut()` loop written with `for_each`, inserting as
// it goes. Two mutable borrows of an owned map: E0499, as in the `for` loop of
// `insert_inside_iter_mut_loop.rs`.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 10)]);
    scores.values_mut().for_each(|score| {
        *score = score.saturating_add(1);
        scores.insert(String::from("Bob"), 1);
    });
}
