//! The chapter quotes a warning that no case in `compile_fail/` pins: what
//! rustc says when an `extract_if` iterator is created and never used. This
//! test compiles the chapter's example with the toolchain's `rustc` (without
//! the course's `deny`, so that it is the default warning) and checks the
//! warning and its note, word for word.
//!
//! The wording is rustc 1.95's (`rust-toolchain.toml`). With another compiler
//! the test still requires an `unused_must_use` warning, and says loudly that
//! it did not compare the wording.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// The compiler whose wording the chapter quotes.
const PINNED: &str = "rustc 1.95.";

/// The chapter's `compile_fail` example, without `#![deny(unused_must_use)]`.
const EXAMPLE: &str = r#"use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 3)]);
    scores.extract_if(|_name, score| *score < 10); // removes nothing
}
"#;

#[test]
fn an_unused_extract_if_is_a_must_use_warning_that_says_why() {
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-08-diagnostics"]
        .iter()
        .collect();
    std::fs::create_dir_all(&dir).expect("can create the output directory");
    let file = dir.join("unused_extract_if.rs");
    std::fs::write(&file, EXAMPLE).expect("can write the example");
    let version = Command::new("rustc")
        .arg("--version")
        .output()
        .expect("rustc runs");
    let version = String::from_utf8_lossy(&version.stdout).trim().to_owned();
    let output = Command::new("rustc")
        .args(["--edition", "2024", "--emit=metadata", "--out-dir"])
        .arg(&dir)
        .arg(&file)
        .output()
        .expect("rustc runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Only a warning: the program compiles, and removes nothing when run.
    assert!(output.status.success(), "{version}:\n{stderr}");
    assert!(stderr.contains("unused_must_use"), "{version}:\n{stderr}");
    if !version.starts_with(PINNED) {
        writeln!(
            std::io::stderr().lock(),
            "NOT COMPARED lesson-08 tests/diagnostics.rs: the chapter quotes {PINNED}x, \
             this is `{version}`; only the lint name was checked"
        )
        .expect("can write to stderr");
        return;
    }
    for quoted in [
        "warning: unused `std::collections::hash_map::ExtractIf` that must be used",
        "= note: iterators are lazy and do nothing unless consumed; \
         use `retain` to remove and discard elements",
    ] {
        assert!(stderr.contains(quoted), "missing {quoted:?}:\n{stderr}");
    }
}
