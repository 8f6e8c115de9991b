//! Lesson 10, the `DashMap` part: `cargo run -p lesson-10 --example dashmap`.
//!
//! `dashmap` 6.2.1 is a dev-dependency of lesson-10 (lessons have no run-time
//! dependency), so this part of the lesson is an example. The cases that
//! never return run in child processes, this example started again as
//! `dashmap child <case>`, watched for 500 ms after they reach the blocking
//! call and then killed (`lesson_10::watch`). `tests/dashmap.rs` snapshots
//! this output and runs each case itself.
//!
//! Which names share a shard is chance (a random hasher seed); the cases
//! that need two names in one shard, or in two, ask the map with
//! `determine_map` and pick a guest name accordingly, so every run prints
//! the same story.
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
pub const CASES: [(&str, &str); 7] = [
    (
        "iter-get-mut",
        "get_mut(entry.key()) inside `for entry in &board`",
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
