//! Lesson 10, the story: `cargo run -p lesson-10`.
//!
//! The `RefCell` panics are caught in this process and printed as outcome
//! lines (nothing reaches standard error). The lock cases that never return
//! run in child processes, this same program started as
//! `lesson-10 child <case>`, which the story watches for 500 ms after they
//! reach the blocking call, then kills (`lesson_10::watch`). Boards are
//! printed sorted by name, name last.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::panic::AssertUnwindSafe;
use std::process::ExitCode;
use std::sync::{Mutex, PoisonError, RwLock, TryLockError};
use std::time::Duration;

use lesson_10::watch::{self, Outcome, Watch};
use lesson_10::{mutex, refcell, rwlock};

/// How long a child may run after it reaches the call that may block.
const PATIENCE: Duration = Duration::from_millis(500);

/// The child cases: `lesson-10 child <case>` builds a board and runs one
/// lock function on it.
const CASES: [&str; 5] = [
    "rwlock",
    "rwlock-empty",
    "mutex",
    "mutex-empty",
    "rwlock-fixed",
];

/// The story's board.
fn board() -> HashMap<String, i32> {
    HashMap::from([
        (String::from("Alice"), 10),
        (String::from("Bob"), 0),
        (String::from("Zoë"), i32::MAX),
        (String::from("Жанна"), -5),
    ])
}

/// Prints `scores` sorted by name, one player a line, name last.
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

/// Runs one child case; see [`CASES`].
fn child(case: &str) -> ExitCode {
    let scores = if case.ends_with("-empty") {
        HashMap::new()
    } else {
        board()
    };
    match case {
        "rwlock" | "rwlock-empty" | "rwlock-fixed" => {
            let scores = RwLock::new(scores);
            watch::arm();
            if case == "rwlock-fixed" {
                rwlock::award_bonus(&scores);
            } else {
                rwlock::award_bonus_inside_read_guard(&scores);
            }
            show(
                "returned:",
                &scores.read().unwrap_or_else(PoisonError::into_inner),
            );
        }
        "mutex" | "mutex-empty" => {
            let scores = Mutex::new(scores);
            watch::arm();
            mutex::award_bonus_inside_lock(&scores);
            show(
                "returned:",
                &scores.lock().unwrap_or_else(PoisonError::into_inner),
            );
        }
        _ => {
            println!("unknown case {case:?}; the cases are {CASES:?}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Starts `lesson-10 child <case>` under watch.
fn start(case: &str) -> Watch {
    watch::start_child(case).expect("the story can start itself")
}

/// The outcome line of a watched child.
fn outcome(watched: Watch) -> Outcome {
    watched
        .outcome(PATIENCE)
        .expect("the story can watch its child")
}

/// Runs one `RefCell` function on a fresh board and prints what happened.
fn refcell_case(
    title: &str,
    entries: HashMap<String, i32>,
    job: fn(&RefCell<HashMap<String, i32>>),
) {
    println!("{title}");
    let scores = RefCell::new(entries);
    // After the panic the cell is whole again (the `Ref` was dropped while
    // unwinding) and is not used any more: asserting unwind safety is sound.
    match watch::catch_panic(AssertUnwindSafe(|| job(&scores))) {
        Some(caught) => println!("  {caught}"),
        None => println!("  finished"),
    }
}

fn story() {
    // The lock cases block for PATIENCE each: start them all now, so that
    // they wait at the same time.
    let rwlock_broken = start("rwlock");
    let rwlock_empty = start("rwlock-empty");
    let mutex_broken = start("mutex");
    let mutex_empty = start("mutex-empty");

    println!("== RefCell: E0502, checked at run time ==");
    show("the board:", &board());
    refcell_case(
        "borrow_mut() inside `for name in scores.borrow().keys()`:",
        board(),
        refcell::award_bonus_inside_borrow,
    );
    refcell_case(
        "the same loop on an empty board (no turn, so no borrow_mut()):",
        HashMap::new(),
        refcell::award_bonus_inside_borrow,
    );
    refcell_case(
        "the names cloned into a Vec, but in the `for` header:",
        board(),
        refcell::award_bonus_collect_in_for_header,
    );
    println!("try_borrow_mut() inside the loop:");
    let scores = RefCell::new(board());
    match refcell::award_bonus_inside_borrow_checked(&scores) {
        Ok(()) => println!("  Ok(())"),
        Err(refused) => println!("  Err({refused:?}): {refused}"),
    }
    show("  the board, unchanged:", &scores.borrow());
    let scores = RefCell::new(board());
    refcell::award_bonus(&scores);
    show(
        "fixed: one borrow_mut() for the job, values_mut():",
        &scores.borrow(),
    );
    refcell::award_bonus_collect_first(&scores);
    show(
        "fixed: names collected in their own `let`, then borrow_mut() each (one more point):",
        &scores.borrow(),
    );
    let scores = RefCell::new(board());
    refcell::cleanup_scores(&scores);
    show(
        "the cleanup job under one borrow_mut(): retain (Bob on 0 leaves):",
        &scores.borrow(),
    );

    println!();
    println!("== RwLock: write() inside a loop over the read guard ==");
    println!("in a child process, on the board:");
    println!("  {}", outcome(rwlock_broken));
    println!("in a child process, on an empty board:");
    println!("  {}", outcome(rwlock_empty));
    println!("try_write() inside the loop:");
    let scores = RwLock::new(board());
    match rwlock::award_bonus_inside_read_guard_checked(&scores) {
        Ok(()) => println!("  Ok(())"),
        Err(refused @ TryLockError::WouldBlock) => println!("  Err(WouldBlock): {refused}"),
        Err(refused @ TryLockError::Poisoned(_)) => println!("  Err(Poisoned): {refused}"),
    }
    show(
        "  the board, unchanged:",
        &scores.read().unwrap_or_else(PoisonError::into_inner),
    );
    rwlock::award_bonus(&scores);
    show(
        "fixed: one write guard for the job, values_mut():",
        &scores.read().unwrap_or_else(PoisonError::into_inner),
    );
    rwlock::award_bonus_collect_first(&scores);
    show(
        "fixed: names collected under a read guard that ends first, then record() each:",
        &scores.read().unwrap_or_else(PoisonError::into_inner),
    );
    let scores = RwLock::new(board());
    rwlock::cleanup_scores(&scores);
    show(
        "the cleanup job under one write guard: retain (Bob on 0 leaves):",
        &scores.read().unwrap_or_else(PoisonError::into_inner),
    );

    println!();
    println!("== Mutex: lock() inside a loop over the guard ==");
    println!("in a child process, on the board:");
    println!("  {}", outcome(mutex_broken));
    println!("in a child process, on an empty board:");
    println!("  {}", outcome(mutex_empty));
    let scores = Mutex::new(board());
    mutex::award_bonus(&scores);
    show(
        "fixed: one guard for the job, values_mut():",
        &scores.lock().unwrap_or_else(PoisonError::into_inner),
    );
}

fn main() -> ExitCode {
    let usage = format!("usage: lesson-10 [child <case>], where <case> is one of {CASES:?}");
    watch::story_or_child(&usage, story, child)
}
