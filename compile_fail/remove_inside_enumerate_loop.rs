// Explained in lessons/lesson-11 (every collection): the iterator of
// `scores.iter().enumerate()` borrows the `Vec` for the whole loop, so
// `remove` cannot borrow it mutably inside. Fix: `scores.retain(..)`, or
// `extract_if` to keep what was removed.
fn main() {
    let mut scores: Vec<i32> = vec![0, 0, 5];
    for (i, score) in scores.iter().enumerate() {
        if *score == 0 {
            scores.remove(i);
        }
    }
    println!("{scores:?}");
}
