//! Job: add points to one player, who may or may not be on the board yet
//! (lesson 06).
//!
//! A single update takes tens of nanoseconds, too little to time alone, so
//! every timed run makes [`UPDATES`] single-key updates, each to a different
//! player, on a fresh copy of the board; divan reports the time per update
//! ("items"). The boards have spare capacity for the missing players, so no
//! run ever resizes the table: what is measured is the lookups and the key.
//!
//! `entry` needs an owned `String`; `get_mut` takes a `&str`. To tell the
//! cost of building that `String` (`to_owned()`, one allocation) from the
//! cost of the lookups, every job is timed two ways:
//!
//! * the player arrives as a `&str` (`entry_*`, `get_mut_then_insert_*`,
//!   `to_owned_then_get_mut_present`): whatever `String` a strategy needs is
//!   built inside the timed run;
//! * the player arrives as a `String` built before the timed run
//!   (`*_owned_key_*`): no strategy allocates a key, and the timed run
//!   measures the lookups (and, where the map keeps its own key, the drop of
//!   the one it was given).
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
        missing_players().iter().all(|p| !scores.contains_key(p)),
        "a missing player is on the board"
    );
    assert!(
        scores.capacity() >= n.saturating_add(UPDATES),
        "the table would resize"
    );
    scores
}

/// Runs `update` once per player, each time on a fresh copy of the board:
/// the player is a `&str`, so any `String` is built in the timed run.
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

/// Runs `update` once per player, each time on a fresh copy of the board and
/// of the players' names: the `String`s are built before the timed run, and
/// each is given away to `update`.
fn bench_owned_updates(
    bencher: Bencher,
    n: usize,
    players: &[String],
    update: fn(&mut HashMap<String, i32>, String, i32),
) {
    let board = board_with_room(n);
    bencher
        .counter(ItemsCount::new(players.len()))
        .with_inputs(|| (board.clone(), players.to_vec()))
        .bench_local_refs(|(scores, names)| {
            // `drain` hands the names over one by one and frees nothing: the
            // vector's buffer is dropped with the input, after the timed run.
            for player in names.drain(..) {
                update(scores, player, 1);
            }
        });
}

/// `to_owned()`, then a `get_mut` that finds the player: the allocation of
/// [`lesson_06::record_points`] without its `entry`.
fn to_owned_then_get_mut(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
    let key = player.to_owned();
    if let Some(score) = scores.get_mut(&key) {
        *score = score.saturating_add(points);
    }
}

/// [`lesson_06::record_points_two_lookups`] given an owned name: `get_mut`,
/// then, on a miss, `insert` of that name (no allocation).
fn get_mut_then_insert_owned(scores: &mut HashMap<String, i32>, player: String, points: i32) {
    if let Some(score) = scores.get_mut(&player) {
        *score = score.saturating_add(points);
    } else {
        scores.insert(player, points);
    }
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

/// `to_owned()` then `get_mut`, player already on the board.
#[divan::bench(args = costs::sizes())]
fn to_owned_then_get_mut_present(bencher: Bencher, n: usize) {
    bench_updates(bencher, n, &present_players(n), to_owned_then_get_mut);
}

/// Lesson 06: `entry(name)` with a name already owned, player on the board
/// (the map keeps its own key and drops the one it was given).
#[divan::bench(args = costs::sizes())]
fn entry_owned_key_present(bencher: Bencher, n: usize) {
    bench_owned_updates(
        bencher,
        n,
        &present_players(n),
        lesson_06::record_points_owned,
    );
}

/// `get_mut(&name)` with a name already owned, player on the board (the
/// name is dropped unused).
#[divan::bench(args = costs::sizes())]
fn get_mut_then_insert_owned_key_present(bencher: Bencher, n: usize) {
    bench_owned_updates(bencher, n, &present_players(n), get_mut_then_insert_owned);
}

/// Lesson 06: `entry(player.to_owned())`, player not on the board yet.
#[divan::bench(args = costs::sizes())]
fn entry_missing(bencher: Bencher, n: usize) {
    bench_updates(bencher, n, &missing_players(), lesson_06::record_points);
}

/// Lesson 06: `get_mut` misses, then `insert(player.to_owned())`: two lookups.
#[divan::bench(args = costs::sizes())]
fn get_mut_then_insert_missing(bencher: Bencher, n: usize) {
    bench_updates(
        bencher,
        n,
        &missing_players(),
        lesson_06::record_points_two_lookups,
    );
}

/// Lesson 06: `entry(name)` with a name already owned, player not on the
/// board: one lookup, no allocation.
#[divan::bench(args = costs::sizes())]
fn entry_owned_key_missing(bencher: Bencher, n: usize) {
    bench_owned_updates(
        bencher,
        n,
        &missing_players(),
        lesson_06::record_points_owned,
    );
}

/// `get_mut(&name)` misses, then `insert(name)` with a name already owned:
/// two lookups, no allocation.
#[divan::bench(args = costs::sizes())]
fn get_mut_then_insert_owned_key_missing(bencher: Bencher, n: usize) {
    bench_owned_updates(bencher, n, &missing_players(), get_mut_then_insert_owned);
}
