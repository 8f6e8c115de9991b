//! Job: empty the board at the end of a round (lesson 05), and what
//! capacity each way leaves behind.
//!
//! Lesson 05's functions hand the entries back *sorted*; sorting a million
//! names costs far more than draining them, so the raw patterns are measured
//! too, each labelled `raw_`. The ways fall in three groups, which the
//! README's table compares separately:
//!
//! * the entries are wanted, in a `Vec`: `end_round_*` and `raw_drain_into_vec`
//!   (the `Vec` is dropped outside the timed code);
//! * the entries are thrown away: `clear`, `raw_drain_and_drop` and
//!   `raw_mem_take_then_drop` free every name inside the timed code;
//! * the whole old table is handed over: `raw_mem_take` moves it out in
//!   constant time; whoever drops it later pays what `clear` pays.
//!
//! `cargo bench -p costs --bench empty_the_map`

use costs::string_board;
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    println!("capacity left behind (players, capacity before -> after each way):");
    for &n in costs::sizes() {
        let before = string_board(n).capacity();
        let after = |empty: fn(&mut std::collections::HashMap<String, i32>)| {
            let mut scores = string_board(n);
            empty(&mut scores);
            scores.capacity()
        };
        println!(
            "  {n:>9}: {before} -> drain {}, end_round {}, end_round_with_take {}, mem::take {}, clear {}",
            after(costs::drain_and_drop),
            after(|s| drop(lesson_05::end_round(s))),
            after(|s| drop(lesson_05::end_round_with_take(s))),
            after(|s| drop(costs::take_board(s))),
            after(costs::clear_board),
        );
    }
    costs::run_benchmarks();
}

/// Lesson 05: `drain()` into a `Vec`, then sort it by name.
#[divan::bench(args = costs::sizes())]
fn end_round_drain_sorted(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_05::end_round);
}

/// Lesson 05: `std::mem::take`, then the old map into a sorted `Vec`.
#[divan::bench(args = costs::sizes())]
fn end_round_take_sorted(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_05::end_round_with_take);
}

/// Raw pattern: `drain()` into a `Vec`, unsorted.
#[divan::bench(args = costs::sizes())]
fn raw_drain_into_vec(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(costs::drain_into_vec);
}

/// Raw pattern: `drain()`, every entry dropped (the same work as `clear`).
#[divan::bench(args = costs::sizes())]
fn raw_drain_and_drop(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(costs::drain_and_drop);
}

/// Raw pattern: `std::mem::take`, the old map handed back whole (O(1)).
#[divan::bench(args = costs::sizes())]
fn raw_mem_take(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(costs::take_board);
}

/// Raw pattern: `std::mem::take`, then the old map dropped at once: the
/// same work as `clear`, except the board is left with capacity 0.
#[divan::bench(args = costs::sizes())]
fn raw_mem_take_then_drop(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(|scores| drop(costs::take_board(scores)));
}

/// `clear()`: every entry dropped in place.
#[divan::bench(args = costs::sizes())]
fn clear(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(costs::clear_board);
}
