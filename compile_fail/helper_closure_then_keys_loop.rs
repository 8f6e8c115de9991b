// Explained in lessons/lesson-09 (closures and pairs), "A closure is not a way
// out": a helper closure that bumps a player captures `scores` mutably from
// the moment it is built until its last call, so the `keys()` loop that calls
// it cannot borrow the map: E0502, with the labels in the other order.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 10)]);
    let mut bump = |name: &str| {
        if let Some(score) = scores.get_mut(name) {
            *score = score.saturating_add(1);
        }
    };
    for name in scores.keys() {
        bump(name);
    }
}
