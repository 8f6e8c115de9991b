// Explained in lessons/lesson-09 (closures and pairs), "A closure is not a way
// out": `map` is lazy, and this iterator is never consumed, so the closure
// would never run. It is rejected all the same (E0500): the borrow checker
// looks at where the closure is built and what it captures, not at whether it
// is called.
use std::collections::HashMap;

fn remove_everyone(scores: &mut HashMap<String, i32>) {
    let _never_run = scores.keys().map(|name| scores.remove(name));
}

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    remove_everyone(&mut scores);
}
