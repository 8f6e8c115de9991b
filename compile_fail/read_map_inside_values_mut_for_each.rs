// Explained in lessons/lesson-09 (closures and pairs), "A closure is not a way
// out": a closure that only reads the map (Bob's score) inside a
// `values_mut()` walk. It needs a shared borrow while the walk holds the
// exclusive one: E0502, not E0500, although `scores` is a `&mut` reference.
use std::collections::HashMap;

fn match_bobs_score(scores: &mut HashMap<String, i32>) {
    scores.values_mut().for_each(|score| {
        *score = score.saturating_add(scores["Bob"]);
    });
}

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    match_bobs_score(&mut scores);
}
