//! Job: add the bonus to every score on the board (lessons 01 and 07).
//!
//! `cargo bench -p costs --bench bump_every_score`

use costs::string_board;
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    costs::run_benchmarks();
}

/// Lesson 01: clone every key into a `Vec<String>`, then `get_mut` each one.
#[divan::bench(args = costs::sizes())]
fn collect_keys_then_get_mut(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_01::award_bonus);
}

/// Lesson 07: `values_mut()`, no keys at all.
#[divan::bench(args = costs::sizes())]
fn values_mut(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_07::award_bonus);
}

/// Lesson 07: `iter_mut()`, the keys borrowed, never cloned.
#[divan::bench(args = costs::sizes())]
fn iter_mut(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_07::award_bonus_iter_mut);
}
