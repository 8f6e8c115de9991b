//! "NLL problem case #3" under Polonius, on the installed nightly.
//!
//! The gallery (`tests/compile_fail.rs` at the workspace root) pins that
//! rustc 1.95 rejects `compile_fail/get_or_insert_returns_reference.rs` with
//! E0499. These tests compile the very same file with the nightly toolchain:
//! rejected by its default borrow checker, accepted with `-Zpolonius` and
//! with `-Zpolonius=next`.
//!
//! They need `rustup` and a nightly toolchain. If `rustup run nightly rustc
//! --version` fails, each test passes without checking anything, but first
//! writes a `SKIPPED` line straight to the terminal (not through `println!`,
//! which the test harness swallows for a passing test), so that a skip is
//! always seen. When the nightly is there, every check is a real assertion.

use std::io::Write;
use std::path::{Path, PathBuf};

use testkit::rustc::{Compiled, Rustc};

/// The case the gallery pins, compiled here unchanged.
const CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../compile_fail/get_or_insert_returns_reference.rs"
);

/// `rustup run nightly rustc --version`, or `None` if there is no nightly.
fn nightly_version() -> Option<String> {
    Rustc::rustup("nightly").version()
}

/// Says, where it cannot be missed, that `test` checked nothing.
///
/// `println!` and `eprintln!` output of a passing test is captured and thrown
/// away by the test harness; a write to the `stderr` handle itself is not.
fn announce_skip(test: &str) {
    writeln!(
        std::io::stderr().lock(),
        "SKIPPED lesson-06 tests/polonius.rs {test}: `rustup run nightly rustc --version` \
         failed (no nightly toolchain), so nothing about Polonius was checked"
    )
    .expect("can write to stderr");
}

/// Borrow-checks the case with nightly (`--emit=metadata`: no code generation,
/// no linking), adding `flags`, in an output directory of its own.
fn check_with_nightly(flags: &[&str], out_dir: &str) -> Compiled {
    let out_dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-06-polonius", out_dir]
        .iter()
        .collect();
    Rustc::rustup("nightly").check(Path::new(CASE), &out_dir, flags)
}

#[test]
fn polonius_accepts_nll_problem_case_3() {
    let Some(version) = nightly_version() else {
        announce_skip("polonius_accepts_nll_problem_case_3");
        return;
    };
    for (flag, dir) in [("-Zpolonius", "legacy"), ("-Zpolonius=next", "next")] {
        let output = check_with_nightly(&[flag], dir);
        assert!(
            output.status.success(),
            "{version} with {flag} rejected the case:\n{}",
            output.stderr
        );
        println!("{version} with {flag}: accepted");
    }
}

#[test]
fn nightly_without_polonius_still_rejects_it_with_e0499() {
    let Some(version) = nightly_version() else {
        announce_skip("nightly_without_polonius_still_rejects_it_with_e0499");
        return;
    };
    let output = check_with_nightly(&[], "default");
    let stderr = &output.stderr;
    assert!(
        !output.status.success(),
        "{version} accepted the case without Polonius"
    );
    // The chapter says: the same two E0499 errors as stable 1.95, one for
    // `insert` (line 10) and one for the final `get_mut` (line 11).
    let e0499 = stderr.matches("error[E0499]").count();
    assert_eq!(
        e0499, 2,
        "{version} rejected the case with {e0499} E0499 errors, not 2:\n{stderr}"
    );
    for line in [
        "get_or_insert_returns_reference.rs:10:5",
        "get_or_insert_returns_reference.rs:11:5",
    ] {
        assert!(
            stderr.contains(line),
            "{version}: no error at {line}:\n{stderr}"
        );
    }
    println!("{version} without -Zpolonius: rejected with two E0499 errors");
}
