// Explained in lessons/lesson-04 (retain), "Why the closure cannot touch the map":
// `retain` needs the only (`&mut`) borrow of `scores` for the whole call, so a
// closure that also reads `scores` (here `scores.len()`) is rejected.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 0), (String::from("Bob"), 5)]);
    // Keep a zero score only if the player is alone on the board.
    scores.retain(|_name, score| {
        let alone = scores.len() == 1;
        *score != 0 || alone
    });
}
