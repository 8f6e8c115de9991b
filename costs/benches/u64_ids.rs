//! Job: work on a board keyed by `u64` player ids (lesson 03).
//!
//! `cargo bench -p costs --bench u64_ids`

use costs::id_board;
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    costs::run_benchmarks();
}

/// Lesson 03: collect the ids with `copied()`.
#[divan::bench(args = costs::sizes())]
fn collect_ids_copied(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| id_board(n))
        .bench_local_refs(|ids| lesson_03::player_ids(ids));
}

/// Lesson 03: collect the ids with `cloned()` (same work for a `Copy` key).
#[divan::bench(args = costs::sizes())]
fn collect_ids_cloned(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| id_board(n))
        .bench_local_refs(|ids| lesson_03::player_ids_cloned(ids));
}

/// Lesson 03: bump every score by collecting the ids, then `get_mut` each one.
#[divan::bench(args = costs::sizes())]
fn bump_by_collected_ids(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| id_board(n))
        .bench_local_refs(lesson_03::award_bonus_by_id);
}

/// The lesson 07 way on the same board, for comparison: `values_mut()`.
#[divan::bench(args = costs::sizes())]
fn bump_with_values_mut(bencher: Bencher, n: usize) {
    bencher.with_inputs(|| id_board(n)).bench_local_refs(|ids| {
        for score in ids.values_mut() {
            *score = score.saturating_add(1);
        }
    });
}
