// Explained in lessons/lesson-09 (closures and pairs), "Two entries at once":
// moving points from Alice to Bob with two `get_mut` calls. Each call borrows
// the whole map mutably, and the first reference is still needed when the
// second call is made: E0499. Fix: `get_disjoint_mut([from, to])`.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let from = scores.get_mut("Alice").unwrap();
    let to = scores.get_mut("Bob").unwrap();
    *from = from.saturating_sub(5);
    *to = to.saturating_add(5);
}
