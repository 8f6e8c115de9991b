//! The panic of the broken `RefCell` loop, caught: its message is Rust 1.95's
//! `RefCell already borrowed`, and its place is the `borrow_mut()` call, not
//! the `borrow()` that is still alive (which is what the chapter's table
//! says the panic names).
//!
//! One test function only: `catch_panic` swaps the process's panic hook, and
//! tests in one binary run in parallel threads.

use std::cell::RefCell;
use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use lesson_10::refcell;
use lesson_10::watch::catch_panic;

/// The 1-based number of the first line of `source` after the line that
/// contains `after` which contains `needle`.
fn line_of(source: &str, after: &str, needle: &str) -> u32 {
    let start = source
        .lines()
        .position(|line| line.contains(after))
        .unwrap_or_else(|| panic!("no line contains {after:?}"));
    let offset = source
        .lines()
        .skip(start)
        .position(|line| line.contains(needle))
        .unwrap_or_else(|| panic!("no {needle:?} after {after:?}"));
    u32::try_from(start.saturating_add(offset).saturating_add(1)).expect("a short file")
}

#[test]
fn the_panic_names_the_borrow_mut_line_and_the_hook_comes_back() {
    let source = include_str!("../src/refcell.rs");
    let board = || RefCell::new(HashMap::from([(String::from("Alice"), 10)]));

    // A hook of our own, to see that catch_panic silences it and restores it.
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    }));

    let scores = board();
    let caught = catch_panic(AssertUnwindSafe(|| {
        refcell::award_bonus_inside_borrow(&scores)
    }))
    .expect("it panics");
    assert_eq!(caught.message, "RefCell already borrowed");
    assert!(caught.file.ends_with("src/refcell.rs"), "{caught:?}");
    assert_eq!(
        caught.line,
        line_of(
            source,
            "pub fn award_bonus_inside_borrow(",
            "scores.borrow_mut()"
        )
    );
    assert_ne!(
        caught.line,
        line_of(
            source,
            "pub fn award_bonus_inside_borrow(",
            "scores.borrow()"
        )
    );

    let scores = board();
    let caught = catch_panic(AssertUnwindSafe(|| {
        refcell::award_bonus_collect_in_for_header(&scores);
    }))
    .expect("it panics");
    assert_eq!(caught.message, "RefCell already borrowed");
    assert_eq!(
        caught.line,
        line_of(
            source,
            "pub fn award_bonus_collect_in_for_header(",
            "scores.borrow_mut()"
        )
    );

    // A message with arguments arrives as a `String`.
    let caught = catch_panic(|| panic!("score {} out of range", i64::MAX)).expect("it panics");
    assert_eq!(caught.message, "score 9223372036854775807 out of range");
    assert!(caught.file.ends_with("tests/panics.rs"), "{caught:?}");

    // No panic, no report.
    let scores = board();
    assert_eq!(
        catch_panic(AssertUnwindSafe(|| refcell::award_bonus(&scores))),
        None
    );
    assert_eq!(scores.borrow()["Alice"], 11);

    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "catch_panic printed nothing"
    );
    let after = panic::catch_unwind(|| panic!("after catch_panic"));
    assert!(after.is_err());
    assert_eq!(calls.load(Ordering::SeqCst), 1, "our hook is back");
    panic::set_hook(previous);
}
