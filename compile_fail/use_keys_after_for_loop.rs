// Explained in lessons/lesson-01 (collect keys), "`for key in keys` moves the
// vector": `for` calls `into_iter()`, which takes `keys` by value, so it is gone
// after the loop. Fix: loop over `&keys` if you need the vector again.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let keys: Vec<String> = scores.keys().cloned().collect();
    for key in keys {
        if let Some(score) = scores.get_mut(&key) {
            *score = score.saturating_add(1);
        }
    }
    println!("{} players earned a point", keys.len());
}
