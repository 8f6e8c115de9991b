//! The chapter's claims about locks that never return, checked the only safe
//! way: each case runs in a child process (`lesson-10 child <case>`), which
//! prints a marker right before the call; a child still running 500 ms after
//! the marker is killed and reported as blocked. No test here waits longer
//! than that for a case (a child that never arms is given 5 s, and only a
//! broken binary takes that long).
//!
//! The claim "blocks" is Rust 1.95's on Linux: std documents that these calls
//! may panic instead.

use std::process::Command;
use std::time::Duration;

use lesson_10::watch::{ARMED, Outcome, Watch, watch};

const PATIENCE: Duration = Duration::from_millis(500);

fn lesson(case: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lesson-10"));
    command.args(["child", case]);
    command
}

fn run(case: &str) -> Outcome {
    watch(&mut lesson(case), PATIENCE).expect("the child runs")
}

/// Blocked right after the marker: nothing printed after it.
fn blocked() -> Outcome {
    Outcome::Blocked {
        after: PATIENCE,
        stdout: ARMED.to_owned(),
    }
}

#[test]
fn write_inside_a_loop_over_the_read_guard_blocks() {
    assert_eq!(run("rwlock"), blocked());
}

#[test]
fn lock_inside_a_loop_over_the_mutex_guard_blocks() {
    assert_eq!(run("mutex"), blocked());
}

#[test]
fn on_an_empty_board_both_broken_loops_return() {
    for case in ["rwlock-empty", "mutex-empty"] {
        assert_eq!(
            run(case),
            Outcome::Exited {
                success: true,
                stdout: format!("{ARMED}\nreturned:"),
                stderr: String::new(),
            },
            "{case}"
        );
    }
}

#[test]
fn the_one_guard_fix_returns_with_everyone_bumped() {
    let Outcome::Exited {
        success: true,
        stdout,
        stderr,
    } = run("rwlock-fixed")
    else {
        panic!("the fixed version did not finish");
    };
    assert_eq!(
        stdout,
        format!(
            "{ARMED}\nreturned:\n           11  Alice\n            1  Bob\n   2147483647  Zoë\n           -4  Жанна"
        )
    );
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn an_unknown_case_fails_without_arming() {
    let Outcome::Exited {
        success: false,
        stdout,
        ..
    } = run("no-such-case")
    else {
        panic!("an unknown case should exit with a failure");
    };
    assert!(
        stdout.starts_with("unknown case \"no-such-case\""),
        "{stdout}"
    );
}

#[test]
fn a_child_that_never_arms_is_killed_after_the_startup_limit() {
    let mut sleeper = Command::new("sleep");
    sleeper.arg("30");
    let started = std::time::Instant::now();
    let outcome = Watch::start(&mut sleeper)
        .expect("sleep starts")
        .outcome_within(Duration::from_millis(200), PATIENCE)
        .expect("watched");
    assert_eq!(
        outcome,
        Outcome::NeverArmed {
            stdout: String::new()
        }
    );
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn a_child_that_exits_before_arming_is_reported_with_its_output() {
    let mut shell = Command::new("sh");
    shell.args(["-c", "echo on stdout; echo on stderr >&2; exit 3"]);
    assert_eq!(
        watch(&mut shell, PATIENCE).expect("watched"),
        Outcome::Exited {
            success: false,
            stdout: "on stdout".to_owned(),
            stderr: "on stderr\n".to_owned(),
        }
    );
}

#[test]
fn a_child_that_closes_stdout_and_keeps_running_is_still_blocked() {
    let mut shell = Command::new("sh");
    shell.args(["-c", &format!("echo '{ARMED}'; exec >&-; exec sleep 30")]);
    assert_eq!(watch(&mut shell, PATIENCE).expect("watched"), blocked());
}

#[test]
fn a_program_that_cannot_start_is_an_error() {
    let mut missing = Command::new("/no/such/program/lesson-10");
    assert!(Watch::start(&mut missing).is_err());
}

/// Whether process `pid` exists (Linux: its `/proc` entry).
fn alive(pid: u32) -> bool {
    std::path::Path::new(&format!("/proc/{pid}")).exists()
}

#[test]
fn a_blocked_child_is_killed_and_reaped() {
    let watched = Watch::start(&mut lesson("rwlock")).expect("starts");
    let pid = watched.id();
    assert!(alive(pid));
    assert_eq!(watched.outcome(PATIENCE).expect("watched"), blocked());
    assert!(!alive(pid), "the blocked child is still there");
}

#[test]
fn dropping_a_watch_kills_its_child() {
    let mut sleeper = Command::new("sleep");
    sleeper.arg("30");
    let watched = Watch::start(&mut sleeper).expect("sleep starts");
    let pid = watched.id();
    assert!(alive(pid));
    drop(watched);
    assert!(!alive(pid), "the child outlived its watch");
}

#[test]
fn the_lesson_binary_rejects_other_arguments() {
    for args in [&["nonsense", "rwlock"][..], &["child"][..]] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_lesson-10"));
        command.args(args);
        // Watched too: a binary that took these for a case could block.
        let outcome = watch(&mut command, PATIENCE).expect("runs");
        let Outcome::Exited {
            success: false,
            stdout,
            ..
        } = outcome
        else {
            panic!("{args:?}: expected a failure, got {outcome:?}");
        };
        assert!(stdout.starts_with("usage: lesson-10"), "{args:?}: {stdout}");
    }
}
