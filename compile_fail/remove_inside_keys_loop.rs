// Explained in lessons/lesson-01 (collect keys): `scores.keys()` borrows the map
// for the whole loop, so `remove` cannot borrow it mutably. Fixes: collect the
// keys first (lesson-01), or `retain` (lesson-04).
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 0), (String::from("Bob"), 5)]);
    for name in scores.keys() {
        if scores[name] == 0 {
            scores.remove(name);
        }
    }
}
