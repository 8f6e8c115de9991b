//! The chapter quotes a diagnostic that no case in `compile_fail/` pins: the
//! label rustc puts on the closing brace when a `Drain` held in a variable is
//! still alive there. This test compiles the chapter's example with the
//! toolchain's `rustc` and checks that label, word for word, and its line.
//!
//! The wording is rustc 1.95's (`rust-toolchain.toml`). With another compiler
//! the test still requires E0502, and says loudly that it did not compare the
//! wording.

use std::path::PathBuf;

use testkit::rustc::{Rustc, wording_is_pinned, write_example};

/// The chapter's second `compile_fail` example, as a program.
const EXAMPLE: &str = r#"use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    let mut drain = scores.drain();
    while let Some(_entry) = drain.next() {}
    assert!(scores.is_empty()); // `drain` is still alive: dropped at the `}`
}
"#;

/// The label the chapter quotes.
const LABEL: &str = "mutable borrow might be used here, when `drain` is dropped and runs \
                     the destructor for type `std::collections::hash_map::Drain<'_, String, i32>`";

/// Borrow-checks `source` with the toolchain's `rustc`; returns its version and stderr.
fn rustc_stderr(source: &str, name: &str) -> (String, String) {
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-05-diagnostics"]
        .iter()
        .collect();
    let file = write_example(&dir, name, source);
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("rustc --version runs");
    let output = rustc.check(&file, &dir, &[]);
    assert!(!output.status.success(), "the example compiled");
    (version, output.stderr)
}

#[test]
fn a_drain_in_a_variable_is_dropped_at_the_closing_brace() {
    let (version, stderr) = rustc_stderr(EXAMPLE, "drain_alive_until_the_brace.rs");
    assert!(stderr.contains("error[E0502]"), "{version}:\n{stderr}");
    if !wording_is_pinned(
        &version,
        "lesson-05 tests/diagnostics.rs",
        "only the error code E0502 was checked",
    ) {
        return;
    }
    let lines: Vec<&str> = stderr.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.contains(LABEL))
        .unwrap_or_else(|| panic!("no such label:\n{stderr}"));
    // The label hangs under the `}` that closes `main`, on the line above it.
    let above = at
        .checked_sub(1)
        .and_then(|i| lines.get(i))
        .expect("a source line above the label");
    assert!(above.trim_end().ends_with("| }"), "{above}\n{stderr}");
}
