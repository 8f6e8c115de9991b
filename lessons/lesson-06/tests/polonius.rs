//! "NLL problem case #3" under Polonius, on whatever nightly is installed.
//!
//! The gallery (`tests/compile_fail.rs` at the workspace root) pins that
//! rustc 1.95 rejects `compile_fail/get_or_insert_returns_reference.rs` with
//! E0499. This test compiles the very same file with the nightly toolchain
//! and `-Zpolonius=next`, and asserts that Polonius accepts it.
//!
//! What the nightly does *without* the flag depends on its date (nightlies
//! since 2026-08-06 use Polonius by default), so that outcome is printed,
//! never asserted.
//!
//! It needs `rustup` and a nightly toolchain. If `rustup run nightly rustc
//! --version` fails, the test passes without checking anything, but first
//! writes a `SKIPPED` line straight to the terminal (not through `println!`,
//! which the test harness swallows for a passing test), so that a skip is
//! always seen.

use std::io::Write;
use std::path::{Path, PathBuf};

use testkit::rustc::{Compiled, Rustc};

/// The case the gallery pins, compiled here unchanged.
const CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../compile_fail/get_or_insert_returns_reference.rs"
);

/// Writes `line` to the terminal even when the test passes.
fn say(line: &str) {
    writeln!(std::io::stderr().lock(), "{line}").expect("can write to stderr");
}

/// Borrow-checks the case with nightly (`--emit=metadata`: no code generation,
/// no linking), adding `flags`, in an output directory of its own.
fn check_with_nightly(flags: &[&str], out_dir: &str) -> Compiled {
    let out_dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-06-polonius", out_dir]
        .iter()
        .collect();
    Rustc::rustup("nightly").check(Path::new(CASE), &out_dir, flags)
}

/// The error codes in `stderr`, each once, in the order they first appear.
fn error_codes(stderr: &str) -> Vec<&str> {
    let mut codes = Vec::new();
    for code in stderr
        .lines()
        .filter_map(|line| line.strip_prefix("error[")?.split(']').next())
    {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

#[test]
fn polonius_accepts_nll_problem_case_3() {
    let Some(version) = Rustc::rustup("nightly").version() else {
        say(
            "SKIPPED lesson-06 tests/polonius.rs: `rustup run nightly rustc --version` failed \
             (no nightly toolchain), so nothing about Polonius was checked",
        );
        return;
    };

    let polonius = check_with_nightly(&["-Zpolonius=next"], "next");
    assert!(
        polonius.status.success(),
        "{version} with -Zpolonius=next rejected the case:\n{}",
        polonius.stderr
    );

    // Reported, not asserted: this depends on the nightly's date.
    let default = check_with_nightly(&[], "default");
    let verdict = if default.status.success() {
        "accepts it too (Polonius is its default)".to_owned()
    } else {
        format!("rejects it ({})", error_codes(&default.stderr).join(", "))
    };
    say(&format!(
        "lesson-06 tests/polonius.rs: {version} with -Zpolonius=next accepts NLL problem \
         case #3; without the flag it {verdict}"
    ));
}

#[test]
fn error_codes_are_listed_once_in_order() {
    let stderr = "error[E0499]: a\n  --> x\nerror[E0502]: b\nerror[E0499]: c\nwarning: d\n";
    assert_eq!(error_codes(stderr), ["E0499", "E0502"]);
    assert!(error_codes("warning: unused\n").is_empty());
}
