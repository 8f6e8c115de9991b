// Explained in lessons/lesson-09 (closures and pairs), "Values that change
// through a shared borrow": a `HashMap<String, Cell<i32>>` can be changed
// through `&`, and for that reason `Cell` is not `Sync`: no other thread may
// hold a `&` to the board. E0277.
use std::cell::Cell;
use std::collections::HashMap;

fn main() {
    let board = HashMap::from([(String::from("Alice"), Cell::new(10))]);
    std::thread::scope(|scope| {
        scope.spawn(|| board["Alice"].set(11));
    });
}
