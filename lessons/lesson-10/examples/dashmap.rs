//! Lesson 10, the `DashMap` part: `cargo run -p lesson-10 --example dashmap`.
//!
//! `dashmap` 6.2.1 is a dev-dependency of lesson-10 (lessons have no run-time
//! dependency), so this part of the lesson is an example. The cases that
//! never return run in child processes, this example started again as
//! `dashmap child <case>`, watched for 500 ms after they reach the blocking
//! call and then killed (`lesson_10::watch`). `tests/dashmap.rs` snapshots
//! this output and runs each case itself.
//!
//! # What dashmap 6.2.1 documents, and what it does
//!
//! 18 methods of `DashMap` carry a warning (`tests/quotes.rs` counts them in
//! the crate's source): "**Locking behaviour:** May deadlock if called when
//! holding any sort of reference into the map." on 12 of them (`insert`,
//! `get_mut`, `entry`, `alter`, `retain` and `iter_mut` among them), and
//! "... when holding a mutable reference into the map." on 6 (`get`, `iter`
//! and `len` among them). The warnings are coarser than the locks: `view`
//! carries the first one, yet inside a `for entry in &board` loop it
//! returns, like `get`, `contains_key` and `len` (the case `iter-read`),
//! because it only takes read locks, which share.
//!
//! # Which names share a shard
//!
//! A key's hash picks its shard, and the hasher's seed is random, so which
//! names share a shard changes from map to map. The default shard count is
//! four per available CPU, rounded up to a power of two (8 on a 2-CPU
//! machine; `tests/dashmap.rs` checks the rule on the machine it runs on).
//! Two given names share one of 8 shards in about one map in eight
//! (`tests/dashmap.rs` counts 1 600 maps), and in fewer on a bigger machine:
//! code that holds a `Ref` to one name while it writes another passes its
//! tests and hangs in production. Users keep meeting such hangs: dashmap
//! issues [#64](https://github.com/xacrimon/dashmap/issues/64) (2020) and
//! [#363](https://github.com/xacrimon/dashmap/issues/363) (2026) hold a
//! reference to a key and use the same key again,
//! [#74](https://github.com/xacrimon/dashmap/issues/74) (2020) shows two
//! different keys colliding in one shard, and
//! [#233](https://github.com/xacrimon/dashmap/issues/233) (2022) asks for
//! the exact conditions to be documented.
//!
//! A one-shard map, where every pair collides, cannot be built: 6.2.1's
//! `with_shard_amount` documents `shard_amount should greater than 0`, but
//! asserts more, and `DashMap::with_shard_amount(1)` panics with
//! `assertion failed: shard_amount > 1` (tested). So the story's boards have
//! 4 shards, and the cases that need two names in one shard, or in two, ask
//! the map with `determine_map` (dashmap's `raw-api` feature) and pick a
//! guest name accordingly: every run prints the same story.
#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Duration;

use dashmap::DashMap;
use dashmap::try_result::TryResult;
use lesson_10::BONUS;
use lesson_10::watch::{self, Watch};

/// The shard count of the story's boards: small, so that a guest sharing
/// Alice's shard, and one not sharing it, are both quick to find.
pub const SHARDS: usize = 4;

/// How long a child may run after it reaches the call that may block.
const PATIENCE: Duration = Duration::from_millis(500);

/// The child cases, `dashmap child <case>`, and what each one does.
pub const CASES: [(&str, &str); 10] = [
    (
        "iter-get-mut",
        "get_mut(entry.key()) inside `for entry in &board`",
    ),
    (
        "iter-insert",
        "insert(entry.key()) inside `for entry in &board`",
    ),
    (
        "iter-alter",
        "alter(entry.key()) inside `for entry in &board`",
    ),
    (
        "iter-read",
        "get, view, contains_key and len inside `for entry in &board`",
    ),
    (
        "ref-entry",
        "entry(\"Alice\") while a Ref to Alice is alive",
    ),
    (
        "retain-get",
        "retain whose closure calls board.get(\"Alice\")",
    ),
    (
        "ref-neighbour",
        "get_mut of a player in Alice's shard while a Ref to Alice is alive",
    ),
    (
        "ref-stranger",
        "get_mut of a player in another shard while a Ref to Alice is alive",
    ),
    (
        "if-let-alter-all",
        "alter_all inside `if let Some(alice) = board.get(\"Alice\")`",
    ),
    ("fixed", "every fix, one after the other, no Ref alive"),
];

/// The story's board, in a map of [`SHARDS`] shards.
pub fn board() -> DashMap<String, i32> {
    let board = DashMap::with_shard_amount(SHARDS);
    for (name, score) in [("Alice", 10), ("Bob", 0), ("Zoë", i32::MAX), ("Жанна", -5)] {
        board.insert(name.to_owned(), score);
    }
    board
}

/// A name that is not on `board` and is in the same shard as `player`
/// (`same_shard`) or in another one.
///
/// # Panics
///
/// If none of 10 000 guest names qualifies (with 4 shards and a working
/// hasher, about three in four qualify, or one in four).
pub fn guest(board: &DashMap<String, i32>, player: &str, same_shard: bool) -> String {
    let shard = board.determine_map(player);
    (0..10_000)
        .map(|n| format!("guest-{n}"))
        .find(|name| {
            !board.contains_key(name) && (board.determine_map(name.as_str()) == shard) == same_shard
        })
        .expect("a guest in the wanted shard")
}

/// Everyone earns [`BONUS`] (saturating), each shard locked once by
/// `alter_all` itself.
pub fn award_bonus(board: &DashMap<String, i32>) {
    board.alter_all(|_name, score| score.saturating_add(BONUS));
}

/// Players on 0 leave, everyone else earns [`BONUS`] (saturating): one
/// `retain` pass.
pub fn cleanup_scores(board: &DashMap<String, i32>) {
    board.retain(|_name, score| {
        if *score == 0 {
            return false;
        }
        *score = score.saturating_add(BONUS);
        true
    });
}

/// `player` scores `points` (saturating); a newcomer joins with `points`.
/// The `Entry` is the only handle alive while it runs.
pub fn record(board: &DashMap<String, i32>, player: &str, points: i32) {
    board
        .entry(player.to_owned())
        .and_modify(|score| *score = score.saturating_add(points))
        .or_insert(points);
}

/// Everyone earns [`BONUS`]: the names are collected first (the iterator
/// and its read locks are gone when `collect` returns), then each score is
/// changed through its own short `get_mut`.
pub fn award_bonus_collect_first(board: &DashMap<String, i32>) {
    let names: Vec<String> = board.iter().map(|entry| entry.key().clone()).collect();
    for name in names {
        if let Some(mut score) = board.get_mut(&name) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// Every player below Alice's score leaves (nobody leaves if Alice is not
/// on the board). Her score is copied out first, so no `Ref` is alive
/// during the `retain`.
pub fn remove_below_alice(board: &DashMap<String, i32>) {
    let Some(alice) = board.get("Alice").map(|score| *score) else {
        return;
    };
    board.retain(|_name, score| *score >= alice);
}

/// The board sorted by name.
pub fn sorted(board: &DashMap<String, i32>) -> BTreeMap<String, i32> {
    board
        .iter()
        .map(|entry| (entry.key().clone(), *entry.value()))
        .collect()
}

/// The variant of a `TryResult`, as the story prints it.
fn answer<R>(result: &TryResult<R>) -> &'static str {
    match result {
        TryResult::Present(_) => "Present",
        TryResult::Absent => "Absent",
        TryResult::Locked => "Locked",
    }
}

/// Prints `board` sorted by name, one player a line, name last.
fn show(title: &str, board: &DashMap<String, i32>) {
    println!("{title}");
    for (name, score) in sorted(board) {
        println!("  {score:>11}  {name}");
    }
}

/// Runs one child case; see [`CASES`].
fn child(case: &str) -> ExitCode {
    let board = board();
    match case {
        "iter-get-mut" => {
            for entry in &board {
                watch::arm();
                if let Some(mut score) = board.get_mut(entry.key()) {
                    *score = score.saturating_add(BONUS);
                }
            }
        }
        "iter-insert" => {
            for entry in &board {
                watch::arm();
                board.insert(entry.key().clone(), 0);
            }
        }
        "iter-alter" => {
            for entry in &board {
                watch::arm();
                board.alter(entry.key(), |_name, score| score.saturating_add(BONUS));
            }
        }
        "iter-read" => {
            watch::arm();
            let (mut seen, mut len) = (0_usize, 0_usize);
            for entry in &board {
                let read = board.get(entry.key()).map(|score| *score);
                let viewed = board.view(entry.key(), |_name, score| *score);
                if read.is_some() && read == viewed && board.contains_key(entry.key()) {
                    seen = seen.saturating_add(1);
                }
                len = board.len();
            }
            println!("read every entry inside the walk: {seen} of {len}");
        }
        "ref-entry" => {
            if let Some(alice) = board.get("Alice") {
                watch::arm();
                record(&board, "Alice", *alice);
            }
        }
        "retain-get" => {
            watch::arm();
            board.retain(|_name, score| board.get("Alice").is_none_or(|alice| *score >= *alice));
        }
        "ref-neighbour" | "ref-stranger" => {
            let other = guest(&board, "Alice", case == "ref-neighbour");
            board.insert(other.clone(), 0);
            if let Some(alice) = board.get("Alice") {
                watch::arm();
                if let Some(mut score) = board.get_mut(&other) {
                    *score = *alice;
                }
            }
        }
        "if-let-alter-all" => {
            if let Some(alice) = board.get("Alice") {
                watch::arm();
                board.alter_all(|_name, score| score.saturating_add(*alice));
            }
        }
        "fixed" => {
            watch::arm();
            cleanup_scores(&board);
            award_bonus(&board);
            record(&board, "Cleo", 5);
            award_bonus_collect_first(&board);
            remove_below_alice(&board);
        }
        _ => {
            println!("unknown case {case:?}");
            return ExitCode::FAILURE;
        }
    }
    show("returned:", &board);
    ExitCode::SUCCESS
}

/// Starts `dashmap child <case>` under watch.
fn start(case: &str) -> Watch {
    watch::start_child(case).expect("the example can start itself")
}

fn story() {
    // Every child case blocks for PATIENCE, or not: start them all now.
    let watched: Vec<(&str, Watch)> = CASES
        .iter()
        .map(|&(case, what)| (what, start(case)))
        .collect();

    println!("== DashMap (dashmap 6.2.1): the same rule, a lock per shard ==");
    show(&format!("the board ({SHARDS} shards):"), &board());
    for (what, child) in watched {
        println!("{what}, in a child process:");
        let outcome = child
            .outcome(PATIENCE)
            .expect("the example can watch its child");
        println!("  {outcome}");
    }

    println!();
    println!("== Asking instead of waiting ==");
    let board = board();
    let stranger = guest(&board, "Alice", false);
    if let Some(alice) = board.get("Alice") {
        println!("while a Ref to Alice ({}) is alive:", *alice);
        println!(
            "  try_get_mut(\"Alice\"): {}",
            answer(&board.try_get_mut("Alice"))
        );
        println!("  try_get(\"Alice\"): {}", answer(&board.try_get("Alice")));
        println!(
            "  try_get_mut of a guest in another shard: {}",
            answer(&board.try_get_mut(&stranger))
        );
        let entry = board.try_entry("Alice".to_owned());
        println!(
            "  try_entry(\"Alice\"): {}",
            if entry.is_none() { "None" } else { "Some" }
        );
    }
    let one_shard = watch::catch_panic(|| {
        let _board: DashMap<String, i32> = DashMap::with_shard_amount(1);
    });
    println!(
        "DashMap::with_shard_amount(1): {}",
        one_shard.map_or_else(
            || "built".to_owned(),
            |caught| format!("panicked: {}", caught.message)
        )
    );

    println!();
    println!("== The fixes: no Ref alive while the map is written ==");
    cleanup_scores(&board);
    show("retain (Bob on 0 leaves, the rest +1):", &board);
    award_bonus(&board);
    show("alter_all (everyone +1):", &board);
    record(&board, "Cleo", 5);
    record(&board, "Zoë", 5);
    show("entry: Cleo joins with 5, Zoë +5 (saturates):", &board);
    award_bonus_collect_first(&board);
    show("names collected first, then get_mut each (+1):", &board);
    remove_below_alice(&board);
    show(
        "Alice's score copied out first, then retain (below Alice leave):",
        &board,
    );
}

fn main() -> ExitCode {
    let cases = CASES.map(|(case, _what)| case);
    let usage = format!("usage: dashmap [child <case>], where <case> is one of {cases:?}");
    watch::story_or_child(&usage, story, child)
}
