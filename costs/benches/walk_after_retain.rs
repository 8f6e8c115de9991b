//! Job: walk a board that an earlier `retain` cut down to 100 players
//! (lessons 04 and 05).
//!
//! `retain` (and `drain`, and `clear`) keep the table: a board of `n`
//! players cut down to 100 still has room for about `n`, and every walk of
//! the map (`iter`, `values_mut`, `retain`, `drain`, `extract_if`) visits
//! every slot of the table, empty or not. In std's words, iterating "takes
//! O(capacity) time instead of O(len)". Every strategy times the same walk,
//! lesson 07's `award_bonus` (`values_mut`, a point for everyone), over the
//! same 100 players:
//!
//! * `after_retain`: on the table left behind by cutting `n` players to 100;
//! * `after_retain_then_shrink_to_fit`: the same, after `shrink_to_fit()`;
//! * `fresh_board`: on a board built with the 100 players only.
//!
//! Each board is built once per case, outside the timed code, and walked
//! again by every timed run.
//!
//! `cargo bench -p costs --bench walk_after_retain`

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
         a fresh {LEFT}-player board):"
    );
    for &n in costs::sizes() {
        let mut thinned = thinned_board(n, LEFT);
        let after_retain = thinned.capacity();
        thinned.shrink_to_fit();
        println!(
            "  {n:>9}: {} -> {after_retain} -> {}; fresh {}",
            string_board(n).capacity(),
            thinned.capacity(),
            string_board(LEFT).capacity(),
        );
    }
    costs::run_benchmarks();
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

/// The same table, shrunk to fit the players left.
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
