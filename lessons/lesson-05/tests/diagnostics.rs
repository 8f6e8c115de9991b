//! The chapter shows a diagnostic that no case in `compile_fail/` pins: the
//! label rustc puts on the closing brace when a `Drain` held in a variable is
//! still alive there. The chapter includes both files this test uses:
//! `tests/rustc/drain_alive_until_the_brace.rs`, which it compiles with the
//! toolchain's `rustc`, and `tests/rustc/drain_alive_until_the_brace.stderr`,
//! the output it must print, word for word.
//!
//! The wording is rustc 1.95's (`rust-toolchain.toml`). With another compiler
//! the test still requires E0502, and says loudly that it did not compare the
//! wording. `TRYBUILD=overwrite cargo test -p lesson-05 --test diagnostics`
//! rewrites the pinned file, as `TRYBUILD=overwrite` does for the gallery.

use std::path::{Path, PathBuf};

use testkit::rustc::{Rustc, wording_is_pinned};

/// The chapter's example, relative to this package (cargo runs tests there).
const EXAMPLE: &str = "tests/rustc/drain_alive_until_the_brace.rs";

/// The words of the label the chapter's prose quotes.
const LABEL: &str = "mutable borrow might be used here, when `drain` is dropped";

/// `stderr` without the closing summary lines ("aborting due to", "For more
/// information", "N warnings emitted"), which trybuild leaves out too.
fn diagnostics_only(stderr: &str) -> String {
    let kept: Vec<&str> = stderr
        .lines()
        .filter(|line| {
            !(line.starts_with("error: aborting due to")
                || line.starts_with("For more information about")
                || (line.starts_with("warning: ") && line.ends_with(" emitted")))
        })
        .collect();
    format!("{}\n", kept.join("\n").trim_end())
}

/// Compares `stderr` with the pinned file beside `example`, or rewrites that
/// file when `TRYBUILD=overwrite` is set.
fn assert_pinned(example: &str, stderr: &str) {
    let pinned = Path::new(example).with_extension("stderr");
    let actual = diagnostics_only(stderr);
    if std::env::var("TRYBUILD").is_ok_and(|v| v == "overwrite") {
        std::fs::write(&pinned, &actual).expect("can write the pinned file");
        return;
    }
    let expected = std::fs::read_to_string(&pinned).unwrap_or_default();
    assert!(
        actual == expected,
        "rustc's output differs from {} (TRYBUILD=overwrite rewrites it):\n\
         --- pinned\n{expected}--- rustc\n{actual}",
        pinned.display()
    );
}

#[test]
fn a_drain_in_a_variable_is_dropped_at_the_closing_brace() {
    let out: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-05-diagnostics"]
        .iter()
        .collect();
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("rustc --version runs");
    let output = rustc.check(Path::new(EXAMPLE), &out, &[]);
    let stderr = &output.stderr;
    assert!(!output.status.success(), "the example compiled");
    assert!(stderr.contains("error[E0502]"), "{version}:\n{stderr}");
    if !wording_is_pinned(
        &version,
        "lesson-05 tests/diagnostics.rs",
        "only the error code E0502 was checked",
    ) {
        return;
    }
    assert_pinned(EXAMPLE, stderr);
    // The label hangs under the `}` that closes `main`, on the line above it.
    let lines: Vec<&str> = stderr.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.contains(LABEL))
        .unwrap_or_else(|| panic!("no such label:\n{stderr}"));
    let above = at
        .checked_sub(1)
        .and_then(|i| lines.get(i))
        .expect("a source line above the label");
    assert!(above.trim_end().ends_with("| }"), "{above}\n{stderr}");
}

#[test]
fn the_chapter_quotes_the_label_rustc_prints() {
    // The chapter's prose, one line: doc comments joined by spaces.
    let chapter: String = include_str!("../src/lib.rs")
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("//!"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        chapter.contains(&format!("*{LABEL}*")),
        "the chapter does not quote {LABEL:?}"
    );
}

#[test]
fn only_the_closing_summary_is_left_out() {
    let stderr = "error[E0502]: x\n --> a.rs:1:1\n\nerror: aborting due to 1 previous error\n\n\
                  For more information about this error, try `rustc --explain E0502`.\n";
    assert_eq!(diagnostics_only(stderr), "error[E0502]: x\n --> a.rs:1:1\n");
    let warned = "warning: unused\n\nwarning: 1 warning emitted\n\n";
    assert_eq!(diagnostics_only(warned), "warning: unused\n");
}
