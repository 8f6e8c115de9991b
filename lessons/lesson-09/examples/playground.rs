//! Lesson 09's central fix: two `&mut` into one map, from one call that checks the keys differ.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);

    // Two `get_mut` calls would be E0499; one `get_disjoint_mut` call is not.
    if let [Some(alice), Some(bob)] = scores.get_disjoint_mut(["Alice", "Bob"]) {
        // Both borrows are alive here, and point to different entries.
        // Checked, not saturating: a transfer must not lose points.
        if let (Some(left), Some(right)) = (alice.checked_sub(5), bob.checked_add(5)) {
            (*alice, *bob) = (left, right);
        }
    }

    // A name that is not on the board comes back as `None` (no panic).
    let [alice, zed] = scores.get_disjoint_mut(["Alice", "Zed"]);
    assert!(alice.is_some() && zed.is_none());

    let mut sorted: Vec<(&String, &i32)> = scores.iter().collect();
    sorted.sort();
    for (name, score) in sorted {
        println!("{score:>4}  {name}");
    }
    // Asking for ["Alice", "Alice"] would panic: "duplicate keys found".
}
