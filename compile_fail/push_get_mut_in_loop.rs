// Explained in lessons/lesson-09 (closures and pairs), "Borrows that outlive a
// loop turn": each turn pushes a `&mut` into the map onto `slots`, so the
// borrow taken in one turn is still alive in the next, where `get_mut` borrows
// the map again: E0499, "in the previous iteration of the loop".
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let winners = ["Alice", "Bob"];
    let mut slots: Vec<&mut i32> = Vec::new();
    for winner in winners {
        slots.push(scores.get_mut(winner).unwrap());
    }
    for slot in slots {
        *slot = slot.saturating_add(1);
    }
}
