//! # What each pattern costs
//!
//! The lessons say, in words, what each way of mutating a map costs: "one
//! `Vec` plus one `String` per key", "no allocation at all", "keeps its
//! capacity". This crate measures those sentences instead of trusting them:
//!
//! * `benches/*.rs` are [divan](https://docs.rs/divan) benchmarks of every
//!   job the course teaches, at 1 000, 100 000 and 1 000 000 players
//!   ([`SIZES`]), each strategy on a fresh map per iteration. Run them with
//!   `cargo bench -p costs`; divan's `AllocProfiler` prints the allocations
//!   and bytes of each run next to its time, and
//!   `cargo run -p costs --example table < bench.txt` turns that output
//!   (saved in `bench.txt`) into the README's table. The run the README
//!   quotes is kept, with the machine it came from, in
//!   `costs/results/bench-output.txt`.
//! * [`results`] reads that saved run: it makes the README's table, and
//!   `tests/quoted_figures.rs` uses it to recompute every ratio a chapter or
//!   the README quotes (a figure such as `78x` followed by a
//!   `<!-- ratio: ... -->` marker) and to check that the README's table is
//!   the one the saved run gives.
//! * `tests/allocations.rs` turns the allocation claims into tests with exact
//!   counts, using [dhat](https://docs.rs/dhat)'s testing mode. It runs with
//!   `cargo test -p costs`.
//!
//! This library holds what both share: the leaderboards every benchmark
//! starts from, and the "raw" ways to empty a map that no lesson exports as a
//! function of its own (lesson 05's functions also sort what they return, so
//! the raw patterns are measured here, separately and clearly labelled).
#![forbid(unsafe_code)]

use std::collections::HashMap;

pub mod results;

/// The `main` of every benchmark binary in `benches/`: runs the binary's
/// divan benchmarks with the course's settings.
///
/// Every sample starts from a freshly built board, so a 1 000 000-player case
/// spends most of its wall time building inputs: each case is capped at a few
/// seconds (`--max-time` or `DIVAN_MAX_TIME` still override this).
pub fn run_benchmarks() {
    divan::Divan::default()
        .max_time(std::time::Duration::from_secs(5))
        .config_with_args()
        .main();
}

/// The board sizes every benchmark runs at: 1 000, 100 000 and 1 000 000 players.
pub const SIZES: [usize; 3] = [1_000, 100_000, 1_000_000];

/// The sizes a benchmark binary runs: all of [`SIZES`] under `cargo bench`,
/// only the smallest when the binary runs in test mode.
///
/// `cargo test --benches` (or `--all-targets`) runs each divan benchmark once,
/// unoptimised, only to check that it works; building million-player boards
/// for that would take most of a minute. Test mode is when the binary was not
/// given cargo's `--bench` flag, the same rule divan uses.
#[must_use]
pub fn sizes() -> &'static [usize] {
    if std::env::args().any(|arg| arg == "--bench") {
        &SIZES
    } else {
        &SIZES[..1]
    }
}

/// The prefix that marks one player in ten on a [`string_board`]: the VIP
/// players of lesson 02, who get the bonus in the "bump a subset" job.
pub const VIP_PREFIX: &str = "VIP_";

/// The name of player number `i`: `player-000123`, and `VIP_player-000120`
/// for one player in ten (those whose number ends in 0).
///
/// Numbers have six digits, so every name below one million players has the
/// same length (13 bytes, or 17 with the prefix).
///
/// ```
/// assert_eq!(costs::player_name(123), "player-000123");
/// assert_eq!(costs::player_name(120), "VIP_player-000120");
/// ```
#[must_use]
pub fn player_name(i: usize) -> String {
    if i.is_multiple_of(10) {
        format!("{VIP_PREFIX}player-{i:06}")
    } else {
        format!("player-{i:06}")
    }
}

/// The score of player number `i`: zero for one player in ten (those whose
/// number ends in 5, never a VIP), otherwise between 1 and 1 000.
///
/// ```
/// assert_eq!(costs::player_score(5), 0);
/// assert_eq!(costs::player_score(123), 124);
/// ```
#[must_use]
pub fn player_score(i: usize) -> i32 {
    if i % 10 == 5 {
        0
    } else {
        // `i % 1000` is below 1 000, so it fits an `i32` and adding 1 cannot overflow.
        i32::try_from(i % 1000).map_or(1, |s| s.saturating_add(1))
    }
}

/// A leaderboard of `n` players keyed by name ([`player_name`]), scored by
/// [`player_score`]: one tenth VIPs, one tenth at zero, the two never overlap.
///
/// ```
/// let board = costs::string_board(20);
/// assert_eq!(board.len(), 20);
/// assert_eq!(board.keys().filter(|k| k.starts_with(costs::VIP_PREFIX)).count(), 2);
/// assert_eq!(board.values().filter(|&&s| s == 0).count(), 2);
/// ```
#[must_use]
pub fn string_board(n: usize) -> HashMap<String, i32> {
    (0..n).map(|i| (player_name(i), player_score(i))).collect()
}

/// A leaderboard of `n` players keyed by numeric id (`0..n` as `u64`),
/// scored like [`string_board`]: lesson 03's map.
///
/// ```
/// let board = costs::id_board(10);
/// assert_eq!(board[&5], 0);
/// assert_eq!(board[&9], 10);
/// ```
#[must_use]
pub fn id_board(n: usize) -> HashMap<u64, i32> {
    (0..n)
        .map(|i| (u64::try_from(i).unwrap_or(u64::MAX), player_score(i)))
        .collect()
}

/// The board of [`string_board`]`(n)` after a `retain` that kept only its
/// first `left` players (`player_name(0)` to `player_name(left - 1)`).
///
/// `retain` never shrinks the table: the map keeps the room it had for `n`
/// players (less what tombstones take), so every later walk of it visits
/// a table sized for `n`, not for `left`.
///
/// ```
/// let full = costs::string_board(1_000).capacity();
/// let board = costs::thinned_board(1_000, 3);
/// assert_eq!(board.len(), 3);
/// assert!(board.contains_key(&costs::player_name(2)));
/// assert!(board.capacity() > 1_000 && board.capacity() <= full);
/// ```
#[must_use]
pub fn thinned_board(n: usize, left: usize) -> HashMap<String, i32> {
    let mut scores = string_board(n);
    let kept: std::collections::HashSet<String> = (0..left.min(n)).map(player_name).collect();
    scores.retain(|name, _| kept.contains(name));
    scores
}

/// Empties `scores` with `drain()` and hands every entry back, unsorted.
///
/// This is the bare pattern lesson 05 builds on (its `end_round` sorts the
/// result as well, which costs more than the drain itself). The map keeps its
/// capacity.
///
/// ```
/// let mut board = costs::string_board(100);
/// let capacity = board.capacity();
/// let entries = costs::drain_into_vec(&mut board);
/// assert_eq!(entries.len(), 100);
/// assert!(board.is_empty());
/// assert_eq!(board.capacity(), capacity);
/// ```
pub fn drain_into_vec(scores: &mut HashMap<String, i32>) -> Vec<(String, i32)> {
    scores.drain().collect()
}

/// Empties `scores` with `drain()`, dropping every entry: the same work as
/// [`clear_board`], written as a drain. The map keeps its capacity.
///
/// ```
/// let mut board = costs::string_board(100);
/// let capacity = board.capacity();
/// costs::drain_and_drop(&mut board);
/// assert!(board.is_empty());
/// assert_eq!(board.capacity(), capacity);
/// ```
pub fn drain_and_drop(scores: &mut HashMap<String, i32>) {
    // Dropping a `Drain` before the end still removes (and drops) every entry.
    drop(scores.drain());
}

/// Empties `scores` with `std::mem::take` and hands the whole old map back.
///
/// The caller now owns the old table, with all its entries; `scores` is a new,
/// empty map with capacity 0, which allocates again on its first insert.
///
/// ```
/// let mut board = costs::string_board(100);
/// let old = costs::take_board(&mut board);
/// assert_eq!(old.len(), 100);
/// assert_eq!(board.capacity(), 0);
/// ```
#[must_use]
pub fn take_board(scores: &mut HashMap<String, i32>) -> HashMap<String, i32> {
    std::mem::take(scores)
}

/// Empties `scores` with `clear()`, dropping every entry in place. The map
/// keeps its capacity.
///
/// ```
/// let mut board = costs::string_board(100);
/// let capacity = board.capacity();
/// costs::clear_board(&mut board);
/// assert!(board.is_empty());
/// assert_eq!(board.capacity(), capacity);
/// ```
pub fn clear_board(scores: &mut HashMap<String, i32>) {
    scores.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_have_fixed_lengths_below_a_million() {
        assert_eq!(player_name(0), "VIP_player-000000");
        assert_eq!(player_name(999_999), "player-999999");
        assert_eq!(player_name(999_990).len(), 17);
    }

    #[test]
    fn vips_never_score_zero() {
        let board = string_board(1_000);
        assert!(
            board
                .iter()
                .all(|(name, &score)| !(name.starts_with(VIP_PREFIX) && score == 0))
        );
        assert_eq!(board.values().filter(|&&s| s == 0).count(), 100);
        assert_eq!(
            board.keys().filter(|k| k.starts_with(VIP_PREFIX)).count(),
            100
        );
    }

    #[test]
    fn scores_stay_between_zero_and_one_thousand() {
        assert!(
            (0..10_000)
                .map(player_score)
                .all(|s| (0..=1000).contains(&s))
        );
    }

    #[test]
    fn a_test_binary_runs_only_the_smallest_size() {
        // libtest is not given cargo's `--bench` flag here.
        assert_eq!(sizes(), &[1_000]);
    }

    #[test]
    fn empty_boards_are_empty() {
        assert!(string_board(0).is_empty());
        assert!(id_board(0).is_empty());
    }
}
