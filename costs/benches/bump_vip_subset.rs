//! Job: bump only the players whose name starts with `VIP_`: one in ten
//! (lessons 02 and 07).
//!
//! `cargo bench -p costs --bench bump_vip_subset`

use costs::{VIP_PREFIX, string_board};
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    costs::run_benchmarks();
}

/// Lesson 02: clone every key, then test the prefix in the loop.
#[divan::bench(args = costs::sizes())]
fn collect_all_then_test(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(|scores| {
            lesson_02::award_bonus_with_prefix_collect_all(scores, VIP_PREFIX);
        });
}

/// Lesson 02: filter on the prefix first, clone only the matching keys.
#[divan::bench(args = costs::sizes())]
fn filter_then_collect(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(|scores| lesson_02::award_bonus_with_prefix(scores, VIP_PREFIX));
}

/// Lesson 07: `iter_mut().filter()`, no key cloned at all.
#[divan::bench(args = costs::sizes())]
fn iter_mut_filter(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| string_board(n))
        .bench_local_refs(|scores| lesson_07::award_bonus_with_prefix(scores, VIP_PREFIX));
}
