// Explained in lessons/lesson-03 (copied keys): `copied()` needs `T: Copy`, and
// `String` is not `Copy` (duplicating it allocates). Fix: `cloned()` for `String`
// keys; keep `copied()` for keys such as `u64`.
use std::collections::HashMap;

fn main() {
    let scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let names: Vec<String> = scores.keys().copied().collect();
    println!("{names:?}");
}
