//! Job: remove every player whose score is zero and bump the others
//! (lessons 01, 04 and 08). One player in ten scores zero.
//!
//! `cargo bench -p costs --bench remove_zeros_bump_rest`

use costs::string_board;
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    costs::run_benchmarks();
}

/// Lesson 01: clone every key, then `get_mut` and `remove` by key.
#[divan::bench(args = costs::sizes())]
fn collect_keys(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_01::cleanup_scores);
}

/// Lesson 04: one pass of `retain`.
#[divan::bench(args = costs::sizes())]
fn retain(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_04::cleanup_scores);
}

/// Lesson 08: `extract_if`, which also hands back the removed players
/// (the returned `Vec` is dropped outside the timed code).
#[divan::bench(args = costs::sizes())]
fn extract_if(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(lesson_08::cleanup_scores);
}
