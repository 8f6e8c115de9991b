//! Job: move points from one player to another, two entries of one map
//! changed together (lesson 09).
//!
//! A transfer takes tens of nanoseconds, too little to time alone, so every
//! timed run makes [`TRANSFERS`] transfers, each between a different pair of
//! players, on a fresh copy of the board; divan reports the time per transfer
//! ("items"). Every strategy gives the same answers (lesson 09's property
//! tests); what differs is how it reaches the two scores.
//!
//! `cargo bench -p costs --bench two_entries`
use std::collections::HashMap;

use costs::{player_name, string_board};
use divan::{Bencher, counter::ItemsCount};
use lesson_09::Refusal;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

/// Transfers per timed run.
const TRANSFERS: usize = 100;

/// A way to move points between two players.
type Transfer = fn(&mut HashMap<String, i32>, &str, &str, i32) -> Result<(), Refusal>;

fn main() {
    costs::run_benchmarks();
}

/// [`TRANSFERS`] pairs of neighbours (player `i` gives to player `i + 1`),
/// spread over a board of `n`.
fn pairs(n: usize) -> Vec<(String, String)> {
    (0..n.saturating_sub(1))
        .step_by((n / TRANSFERS).max(1))
        .take(TRANSFERS)
        .map(|i| (player_name(i), player_name(i.saturating_add(1))))
        .collect()
}

/// Runs `transfer` once per pair, one point each time, on a fresh copy of
/// the board. Scores are at most 1 000, so no transfer is refused.
fn bench_transfers(bencher: Bencher, n: usize, transfer: Transfer) {
    let board = string_board(n);
    let pairs = pairs(n);
    assert_eq!(pairs.len(), TRANSFERS);
    assert!(
        pairs
            .iter()
            .all(|(from, to)| board.contains_key(from) && board.contains_key(to))
    );
    bencher
        .counter(ItemsCount::new(pairs.len()))
        .with_inputs(|| board.clone())
        .bench_local_refs(|scores| {
            for (from, to) in &pairs {
                assert_eq!(transfer(scores, from, to, 1), Ok(()));
            }
        });
}

/// Lesson 09: `get_disjoint_mut([from, to])`, two lookups in one call.
#[divan::bench(args = costs::sizes())]
fn get_disjoint_mut(bencher: Bencher, n: usize) {
    bench_transfers(bencher, n, lesson_09::transfer);
}

/// Lesson 09, before Rust 1.86: copy both scores out, write each back with `get_mut`.
#[divan::bench(args = costs::sizes())]
fn two_lookups(bencher: Bencher, n: usize) {
    bench_transfers(bencher, n, lesson_09::transfer_two_lookups);
}

/// Lesson 09, before Rust 1.86: `remove_entry` the giver, `get_mut` the taker, `insert` back.
#[divan::bench(args = costs::sizes())]
fn remove_reinsert(bencher: Bencher, n: usize) {
    bench_transfers(bencher, n, lesson_09::transfer_remove_reinsert);
}

/// Lesson 09, before Rust 1.86: one `iter_mut()` pass over the whole board per transfer.
#[divan::bench(args = costs::sizes())]
fn scan_iter_mut(bencher: Bencher, n: usize) {
    bench_transfers(bencher, n, lesson_09::transfer_by_scan);
}
