// Explained in lessons/lesson-01 (collect keys), and why in lessons/lesson-00:
// the article's opening loop. `for ... in &scores` keeps the map borrowed for
// the whole loop, so `get_mut` cannot borrow it mutably inside the loop.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    for (name, _score) in &scores {
        if let Some(score) = scores.get_mut(name) {
            *score += 1;
        }
    }
}
