//! Job: remove the one score in ten that is zero from a `Vec<i32>` of 1 000,
//! 10 000 and 100 000 scores, keeping the others in order (lesson 11). The
//! `swap_remove` loop does the same removals but leaves the rest in another
//! order.
//!
//! `cargo bench -p costs --bench vec_removal`

use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    costs::run_benchmarks();
}

/// The sizes of this job: 1 000, 10 000 and 100 000 scores under
/// `cargo bench`, only 1 000 in test mode (`costs::sizes`). A quadratic loop
/// at 1 000 000 would take minutes per sample, so this job stops at 100 000.
fn sizes() -> &'static [usize] {
    if costs::sizes().len() > 1 {
        &[1_000, 10_000, 100_000]
    } else {
        &[1_000]
    }
}

/// `n` scores, one in ten of them zero (`costs::player_score`).
fn scores(n: usize) -> Vec<i32> {
    (0..n).map(costs::player_score).collect()
}

fn is_zero(score: &i32) -> bool {
    *score == 0
}

/// Times `strategy` on a fresh `Vec` of `n` scores per run; what it returns
/// is dropped outside the timed code.
fn time<R>(bencher: Bencher, n: usize, strategy: fn(&mut Vec<i32>) -> R) {
    bencher.with_inputs(|| scores(n)).bench_local_refs(strategy);
}

/// Forward index loop, `remove(i)`, advancing only past a kept score.
#[divan::bench(args = sizes())]
fn remove_in_index_loop(bencher: Bencher, n: usize) {
    time(bencher, n, |v| {
        lesson_11::remove_where_index_loop(v, is_zero)
    });
}

/// Backward index loop with `remove(i)`.
#[divan::bench(args = sizes())]
fn remove_in_reverse_loop(bencher: Bencher, n: usize) {
    time(bencher, n, |v| {
        lesson_11::remove_where_reverse_loop(v, is_zero)
    });
}

/// One pass of `retain`.
#[divan::bench(args = sizes())]
fn vec_retain(bencher: Bencher, n: usize) {
    time(bencher, n, |v| lesson_11::remove_where_retain(v, is_zero));
}

/// `extract_if(.., f)`, collecting the removed scores into a `Vec`.
#[divan::bench(args = sizes())]
fn vec_extract_if(bencher: Bencher, n: usize) {
    time(bencher, n, |v| lesson_11::extract_where(v, is_zero));
}

/// Index loop with `swap_remove(i)`: order not kept.
#[divan::bench(args = sizes())]
fn swap_remove_loop(bencher: Bencher, n: usize) {
    time(bencher, n, |v| {
        lesson_11::remove_where_swap_remove(v, is_zero)
    });
}
