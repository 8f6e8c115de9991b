//! The chapter quotes a warning that no case in `compile_fail/` pins: what
//! rustc says when an `extract_if` iterator is created and never used. This
//! test compiles the chapter's example with the toolchain's `rustc` (without
//! the course's `deny`, so that it is the default warning) and checks the
//! warning and its note, word for word.
//!
//! The wording is rustc 1.95's (`rust-toolchain.toml`). With another compiler
//! the test still requires an `unused_must_use` warning, and says loudly that
//! it did not compare the wording.

use std::path::PathBuf;

use testkit::rustc::{Rustc, wording_is_pinned, write_example};

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
    let file = write_example(&dir, "unused_extract_if.rs", EXAMPLE);
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("rustc --version runs");
    let output = rustc.check(&file, &dir, &[]);
    let stderr = &output.stderr;
    // Only a warning: the program compiles, and removes nothing when run.
    assert!(output.status.success(), "{version}:\n{stderr}");
    assert!(stderr.contains("unused_must_use"), "{version}:\n{stderr}");
    if !wording_is_pinned(
        &version,
        "lesson-08 tests/diagnostics.rs",
        "only the lint name was checked",
    ) {
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
