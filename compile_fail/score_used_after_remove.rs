// Explained in lessons/lesson-01 (collect keys), "Updating only some entries":
// `cleanup_scores` compiles only because `score` is not used after `remove`.
// Use it afterwards and its `&mut` borrow overlaps the one `remove` needs.
use std::collections::HashMap;

fn cleanup_scores(scores: &mut HashMap<String, i32>) {
    let keys: Vec<String> = scores.keys().cloned().collect();
    for key in keys {
        if let Some(score) = scores.get_mut(&key) {
            if *score == 0 {
                scores.remove(&key);
            }
            *score += 1;
        }
    }
}

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 0)]);
    cleanup_scores(&mut scores);
}
