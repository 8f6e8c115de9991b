//! Test helpers shared by every lesson crate (a dev-dependency only).
//!
//! Each lesson prints a story. Two things must hold for that story to be
//! worth snapshotting:
//!
//! 1. the binary exits successfully, and
//! 2. it prints the same bytes on every run, although every process seeds its
//!    `HashMap`s differently, so a lesson that prints in hash order fails here.
#![forbid(unsafe_code)]

use std::process::Command;

/// How many separate processes [`story`] starts. Each one gets a fresh random
/// `HashMap` seed, so hash-order output would differ between them.
pub const RUNS: usize = 8;

/// Runs the lesson binary at `bin` [`RUNS`] times and returns its standard
/// output, after checking that every run succeeded and printed the same text.
///
/// Call it with `env!("CARGO_BIN_EXE_lesson-NN")` from the lesson's own tests.
///
/// # Panics
///
/// Panics (failing the test) if the binary cannot be started, exits with a
/// failure, writes to standard error, prints invalid UTF-8, or prints
/// different output on two runs.
#[must_use]
pub fn story(bin: &str) -> String {
    let first = run_once(bin);
    for run in 2..=RUNS {
        let again = run_once(bin);
        assert_eq!(
            first, again,
            "{bin} printed something different on run {run}: \
             is it printing a HashMap in hash order?"
        );
    }
    first
}

fn run_once(bin: &str) -> String {
    let output = Command::new(bin)
        .output()
        .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{bin} failed: {stderr}");
    assert!(stderr.is_empty(), "{bin} wrote to stderr: {stderr}");
    String::from_utf8(output.stdout).expect("lesson output is UTF-8")
}

/// Random leaderboards for property tests, shared by every lesson so that
/// each one is tested on the same awkward inputs.
pub mod boards {
    use std::collections::HashMap;

    use proptest::prelude::*;

    /// A score, biased towards the values where bugs live: `i32::MIN`, `-1`,
    /// `0`, `1`, `i32::MAX - 1` and `i32::MAX`, besides any `i32`.
    pub fn score() -> impl Strategy<Value = i32> {
        prop_oneof![
            3 => any::<i32>(),
            1 => Just(i32::MIN),
            1 => Just(-1),
            2 => Just(0),
            1 => Just(1),
            1 => Just(i32::MAX - 1),
            1 => Just(i32::MAX),
        ]
    }

    /// A player name: plain ASCII, non-ASCII (accents, CJK, emoji), with and
    /// without the `VIP_` prefix, and near misses such as `vip_` and `VIP`.
    pub fn name() -> impl Strategy<Value = String> {
        let stem = "[a-zA-Z0-9éøßЖ字😀_]{0,8}";
        prop_oneof![
            4 => stem.prop_map(|s| s),
            2 => stem.prop_map(|s| format!("VIP_{s}")),
            1 => stem.prop_map(|s| format!("vip_{s}")),
            1 => stem.prop_map(|s| format!("VIP{s}")),
            1 => stem.prop_map(|s| format!("{s}_bonus")),
        ]
    }

    /// A leaderboard: usually small (empty and one entry included), about one
    /// case in 45 with thousands of players, so that tables grow and shrink
    /// during a test while 10 000 cases still run in seconds.
    pub fn board() -> impl Strategy<Value = HashMap<String, i32>> {
        prop_oneof![
            2 => Just(HashMap::new()),
            2 => proptest::collection::hash_map(name(), score(), 1),
            40 => proptest::collection::hash_map(name(), score(), 0..48),
            1 => big_board(),
        ]
    }

    /// Thousands of players, cheap to generate: one random score and one
    /// random name pattern (plain, `VIP_`, non-ASCII) per player, with the
    /// player's number making every name distinct. Generating thousands of
    /// names from a regex would dominate the test time.
    fn big_board() -> impl Strategy<Value = HashMap<String, i32>> {
        let player = (0..4_u8, score());
        proptest::collection::vec(player, 1000..3000).prop_map(|players| {
            players
                .into_iter()
                .enumerate()
                .map(|(i, (pattern, score))| {
                    let name = match pattern {
                        0 => format!("player-{i:06}"),
                        1 => format!("VIP_{i}"),
                        2 => format!("joueur-é-{i}"),
                        _ => format!("玩家{i}"),
                    };
                    (name, score)
                })
                .collect()
        })
    }

    /// A leaderboard keyed by numeric player ids, for lessons with `Copy` keys.
    pub fn id_board() -> impl Strategy<Value = HashMap<u64, i32>> {
        let id = prop_oneof![any::<u64>(), 0..100_u64, Just(u64::MAX)];
        prop_oneof![
            2 => Just(HashMap::new()),
            40 => proptest::collection::hash_map(id, score(), 0..48),
            1 => proptest::collection::vec(score(), 1000..3000)
                .prop_map(|scores| (0_u64..).zip(scores).collect()),
        ]
    }
}
