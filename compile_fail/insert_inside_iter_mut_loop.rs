// Explained in lessons/lesson-07 (values_mut / iter_mut): `iter_mut()` borrows
// the map mutably for the whole loop; it lends out the values, not the table.
// `insert` needs a second `&mut` borrow of the map while the first is alive.
// Fix: collect the new entries and insert after the loop, or collect the keys
// first (lesson-01).
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    for (name, score) in scores.iter_mut() {
        *score = score.saturating_add(1);
        scores.insert(format!("{name}_bonus"), 100);
    }
}
