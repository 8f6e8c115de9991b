// Explained in lessons/lesson-01 (collect keys): `HashMap` implements `Index`
// but not `IndexMut`, so `scores[&key] += 1` cannot write. Use `get_mut`.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    let keys: Vec<String> = scores.keys().cloned().collect();
    for key in keys {
        scores[&key] += 1;
    }
}
