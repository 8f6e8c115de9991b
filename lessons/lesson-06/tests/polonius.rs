//! "NLL problem case #3" under Polonius, on the installed nightly.
//!
//! The gallery (`tests/compile_fail.rs` at the workspace root) pins that
//! rustc 1.95 rejects `compile_fail/get_or_insert_returns_reference.rs` with
//! E0499. These tests compile the very same file with the nightly toolchain:
//! rejected by its default borrow checker, accepted with `-Zpolonius` and
//! with `-Zpolonius=next`.
//!
//! They need `rustup` and a nightly toolchain. If `rustup run nightly rustc
//! --version` fails, each test prints that it skipped and passes without
//! checking anything.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The case the gallery pins, compiled here unchanged.
const CASE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../compile_fail/get_or_insert_returns_reference.rs"
);

/// `rustup run nightly rustc --version`, or `None` if there is no nightly.
fn nightly_version() -> Option<String> {
    let output = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--version"])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Borrow-checks the case with nightly (`--emit=metadata`: no code generation,
/// no linking), adding `flags`, in an output directory of its own.
fn check_with_nightly(flags: &[&str], out_dir: &str) -> Output {
    let out_dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-06-polonius", out_dir]
        .iter()
        .collect();
    std::fs::create_dir_all(&out_dir).expect("can create the output directory");
    Command::new("rustup")
        .args([
            "run",
            "nightly",
            "rustc",
            "--edition",
            "2024",
            "--emit=metadata",
        ])
        .args(flags)
        .arg("--out-dir")
        .arg(&out_dir)
        .arg(CASE)
        .output()
        .expect("rustup runs")
}

#[test]
fn polonius_accepts_nll_problem_case_3() {
    let Some(version) = nightly_version() else {
        println!("skipped: `rustup run nightly rustc --version` failed (no nightly toolchain)");
        return;
    };
    for (flag, dir) in [("-Zpolonius", "legacy"), ("-Zpolonius=next", "next")] {
        let output = check_with_nightly(&[flag], dir);
        assert!(
            output.status.success(),
            "{version} with {flag} rejected the case:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        println!("{version} with {flag}: accepted");
    }
}

#[test]
fn nightly_without_polonius_still_rejects_it_with_e0499() {
    let Some(version) = nightly_version() else {
        println!("skipped: `rustup run nightly rustc --version` failed (no nightly toolchain)");
        return;
    };
    let output = check_with_nightly(&[], "default");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "{version} accepted the case without Polonius"
    );
    assert!(
        stderr.contains("error[E0499]"),
        "{version} rejected the case, but not with E0499:\n{stderr}"
    );
    println!("{version} without -Zpolonius: rejected with E0499");
}
