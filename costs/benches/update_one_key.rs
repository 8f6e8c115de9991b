//! Job: add points to one player, who may or may not be on the board yet
//! (lesson 06).
//!
//! A single update takes tens of nanoseconds, too little to time alone, so
//! every timed run makes [`UPDATES`] single-key updates, each to a different
//! player, on a fresh copy of the board; divan reports the time per update
//! ("items"). The boards have spare capacity for the missing players, so no
//! run ever resizes the table: what is measured is the lookups and the key.
//!
//! `cargo bench -p costs --bench update_one_key`
use std::collections::HashMap;

use costs::{player_name, string_board};
use divan::{Bencher, counter::ItemsCount};

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

/// Single-key updates per timed run.
const UPDATES: usize = 100;

fn main() {
    costs::run_benchmarks();
}

/// [`UPDATES`] players spread over a board of `n`, all on it.
fn present_players(n: usize) -> Vec<String> {
    (1..n)
        .step_by((n / UPDATES).max(1))
        .take(UPDATES)
        .map(player_name)
        .collect()
}

/// [`UPDATES`] players who are not on any board.
fn missing_players() -> Vec<String> {
    (0..UPDATES).map(|i| format!("newcomer-{i:06}")).collect()
}

/// The board, checked to hold every present player and to have room for every missing player without growing.
fn board_with_room(n: usize) -> HashMap<String, i32> {
    let scores = string_board(n);
    assert!(present_players(n).iter().all(|p| scores.contains_key(p)));
    assert!(
        scores.capacity() >= n.saturating_add(UPDATES),
        "the table would resize"
    );
    scores
}

/// Runs `update` once per player, each time on a fresh copy of the board.
fn bench_updates(
    bencher: Bencher,
    n: usize,
    players: &[String],
    update: fn(&mut HashMap<String, i32>, &str, i32),
) {
    let board = board_with_room(n);
    bencher
        .counter(ItemsCount::new(players.len()))
        .with_inputs(|| board.clone())
        .bench_local_refs(|scores| {
            for player in players {
                update(scores, player, 1);
            }
        });
}

/// Lesson 06: `entry(player.to_owned())`, player already on the board.
#[divan::bench(args = costs::sizes())]
fn entry_present(bencher: Bencher, n: usize) {
    bench_updates(bencher, n, &present_players(n), lesson_06::record_points);
}

/// Lesson 06: `get_mut`, player already on the board (one lookup, no insert).
#[divan::bench(args = costs::sizes())]
fn get_mut_then_insert_present(bencher: Bencher, n: usize) {
    bench_updates(
        bencher,
        n,
        &present_players(n),
        lesson_06::record_points_two_lookups,
    );
}

/// Lesson 06: `entry(player.to_owned())`, player not on the board yet.
#[divan::bench(args = costs::sizes())]
fn entry_missing(bencher: Bencher, n: usize) {
    bench_updates(bencher, n, &missing_players(), lesson_06::record_points);
}

/// Lesson 06: `get_mut` misses, then `insert`: two lookups.
#[divan::bench(args = costs::sizes())]
fn get_mut_then_insert_missing(bencher: Bencher, n: usize) {
    bench_updates(
        bencher,
        n,
        &missing_players(),
        lesson_06::record_points_two_lookups,
    );
}
