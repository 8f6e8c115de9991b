//! Job: bump 100 players on a table sized for the whole board (lessons 04
//! and 05).
//!
//! `retain`, `drain` and `clear` keep the table: a board of `n` players cut
//! down to 100 (or emptied and refilled with 100) still has room for about
//! `n`, and every walk of the map (`iter`, `values_mut`, `retain`, `drain`,
//! `extract_if`) visits every bucket of the table, empty or not. In std's
//! words, iterating "takes O(capacity) time instead of O(len)". Every
//! strategy times the same walk, lesson 07's `award_bonus` (`values_mut`, a
//! point for everyone), over the same 100 players:
//!
//! * `after_retain`: on the table left by a `retain` that kept 100 of `n`;
//! * `after_drain_then_refill`: on a board of `n` emptied with `drain()`,
//!   then given the 100 players again;
//! * `after_retain_then_shrink_to_fit`: as `after_retain`, then
//!   `shrink_to_fit()`;
//! * `fresh_board`: on a board built with the 100 players only.
//!
//! Each board is built once per case, outside the timed code, and walked
//! again by every timed run.
//!
//! `cargo bench -p costs --bench walk_kept_table`

use std::collections::HashMap;

use costs::{string_board, thinned_board};
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

/// Players left on the board.
const LEFT: usize = 100;

fn main() {
    println!(
        "capacity (players: full board -> after retain to {LEFT} -> after shrink_to_fit; \
         drained and refilled; a fresh {LEFT}-player board):"
    );
    for &n in costs::sizes() {
        let mut thinned = thinned_board(n, LEFT);
        let after_retain = thinned.capacity();
        thinned.shrink_to_fit();
        println!(
            "  {n:>9}: {} -> {after_retain} -> {}; refilled {}; fresh {}",
            string_board(n).capacity(),
            thinned.capacity(),
            drained_and_refilled(n).capacity(),
            string_board(LEFT).capacity(),
        );
    }
    costs::run_benchmarks();
}

/// A board of `n` players emptied with `drain()`, then given the first
/// 100 players again (the same players as `thinned_board(n, 100)`).
fn drained_and_refilled(n: usize) -> HashMap<String, i32> {
    let mut scores = string_board(n);
    drop(scores.drain());
    scores.extend(string_board(LEFT));
    scores
}

/// Times lesson 07's `award_bonus` on `scores`, again and again.
fn walk(bencher: Bencher, mut scores: HashMap<String, i32>) {
    bencher.bench_local(|| lesson_07::award_bonus(divan::black_box(&mut scores)));
}

/// The table left behind by `retain`: room for the whole board.
#[divan::bench(args = costs::sizes())]
fn after_retain(bencher: Bencher, n: usize) {
    walk(bencher, thinned_board(n, LEFT));
}

/// A drained table, refilled with the players left: room for the whole board.
#[divan::bench(args = costs::sizes())]
fn after_drain_then_refill(bencher: Bencher, n: usize) {
    walk(bencher, drained_and_refilled(n));
}

/// The table left behind by `retain`, shrunk to fit the players left.
#[divan::bench(args = costs::sizes())]
fn after_retain_then_shrink_to_fit(bencher: Bencher, n: usize) {
    let mut scores = thinned_board(n, LEFT);
    scores.shrink_to_fit();
    walk(bencher, scores);
}

/// A board built with the players left only (the same for every `n`).
#[divan::bench(args = costs::sizes())]
fn fresh_board(bencher: Bencher, _n: usize) {
    walk(bencher, string_board(LEFT));
}
