//! Lesson 11's playground: remove the players who scored 0 from a `Vec`,
//! with an index loop that skips, with `retain`, and with `extract_if`.
//! Run it with `cargo run -p lesson-11 --example playground-11`.

/// Compiles (`results[i]` borrows only for one test), and is wrong: after a
/// removal the next player slides into slot `i`, and `i += 1` steps over them.
#[expect(clippy::arithmetic_side_effects, reason = "i < len: cannot overflow")]
fn remove_zeros_in_index_loop(results: &mut Vec<(&str, i32)>) {
    let mut i = 0;
    while i < results.len() {
        if results[i].1 == 0 {
            results.remove(i);
        }
        i += 1;
    }
}

fn main() {
    // A round's results, in finishing order; 0 means "did not play".
    let results = vec![("Ann", 0), ("Bob", 0), ("Cleo", 5), ("Dmitri", 0)];

    let mut skipping = results.clone();
    remove_zeros_in_index_loop(&mut skipping);
    println!("index loop: {skipping:?}"); // Bob is still there

    // `retain` walks and removes in one pass, testing every player once.
    let mut kept = results.clone();
    kept.retain(|&(_, score)| score != 0);
    println!("retain:     {kept:?}");

    // `extract_if` removes the same players and hands them back, in order.
    let mut board = results;
    let gone: Vec<_> = board.extract_if(.., |(_, score)| *score == 0).collect();
    println!("extract_if: {board:?}, removed {gone:?}");
}
