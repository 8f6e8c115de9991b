// Explained in lessons/lesson-11 (every collection): a `Vec` is borrowed
// by `for score in &scores` until the loop ends, so `push` cannot borrow it
// mutably inside the loop (a push may reallocate the buffer the loop reads).
// Fix: collect what to add, then `extend` after the loop.
fn main() {
    let mut scores: Vec<i32> = vec![10, 20, 30];
    for score in &scores {
        if *score > 15 {
            scores.push(*score);
        }
    }
    println!("{scores:?}");
}
