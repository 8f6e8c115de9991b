//! The chapter quotes an error that no case in `compile_fail/` can pin, since
//! it has no error code (the gallery's test requires one): a `filter_map`
//! closure that returns `scores.get_mut(name)`. This test compiles that
//! example with the toolchain's `rustc` and checks what the chapter says about
//! it.
//!
//! The wording is rustc 1.95's (`rust-toolchain.toml`). With another compiler
//! the test still requires the example to be rejected, and says loudly that
//! it did not compare the wording.

use std::path::PathBuf;

use testkit::rustc::{Rustc, wording_is_pinned, write_example};

/// The closure form of keeping `&mut` from several lookups.
const EXAMPLE: &str = r#"use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let names = [String::from("Alice"), String::from("Bob")];
    let slots: Vec<&mut i32> = names.iter().filter_map(|name| scores.get_mut(name)).collect();
    for score in slots {
        *score = score.saturating_add(1);
    }
}
"#;

/// The lesson's chapter, its doc lines joined into one line of prose.
fn chapter() -> String {
    let source = include_str!("../src/lib.rs");
    let prose: Vec<&str> = source
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("//!"))
        .map(str::trim)
        .collect();
    prose.join(" ")
}

#[test]
fn get_mut_returned_from_a_closure_is_an_error_without_a_code() {
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-09-diagnostics"]
        .iter()
        .collect();
    let file = write_example(&dir, "get_mut_escapes_closure.rs", EXAMPLE);
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("rustc --version runs");
    let output = rustc.check(&file, &dir, &[]);
    let stderr = &output.stderr;
    assert!(!output.status.success(), "{version} accepted it:\n{stderr}");
    if !wording_is_pinned(
        &version,
        "lesson-09 tests/diagnostics.rs",
        "only the rejection was checked",
    ) {
        return;
    }
    // Exactly one error, and it has no code.
    assert!(
        !stderr.contains("error["),
        "an error code appeared:\n{stderr}"
    );
    assert!(
        stderr.contains("error: aborting due to 1 previous error"),
        "{stderr}"
    );
    let prose = chapter();
    for quoted in [
        "captured variable cannot escape `FnMut` closure body",
        "returns a reference to a captured variable which escapes the closure body",
    ] {
        assert!(
            stderr.contains(quoted),
            "rustc did not say {quoted:?}:\n{stderr}"
        );
        assert!(
            prose.contains(quoted),
            "the chapter does not quote {quoted:?}"
        );
    }
}
