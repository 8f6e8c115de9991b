//! The chapter shows a warning that no case in `compile_fail/` pins: what
//! rustc says when an `extract_if` iterator is created and never used. The
//! chapter includes the files this test uses: `tests/rustc/unused_extract_if.rs`,
//! which it compiles with the toolchain's `rustc` (without the course's
//! `deny`, so that it is the default warning), and
//! `tests/rustc/unused_extract_if.stderr`, the output it must print, word for
//! word. Then it follows the warning's `help` (`let _ = ...`,
//! `tests/rustc/let_underscore_extract_if.rs`): the warning is gone, and the
//! chapter's doctests of both files show that neither removes anything.
//!
//! The wording is rustc 1.95's (`rust-toolchain.toml`). With another compiler
//! the test still requires the `unused_must_use` warning, and says loudly that
//! it did not compare the wording. `TRYBUILD=overwrite cargo test -p lesson-08
//! --test diagnostics` rewrites the pinned file, as `TRYBUILD=overwrite` does
//! for the gallery.

use std::path::{Path, PathBuf};

use testkit::rustc::{Compiled, Rustc, wording_is_pinned};

/// The chapter's example, relative to this package (cargo runs tests there).
const UNUSED: &str = "tests/rustc/unused_extract_if.rs";

/// The same, written the way the warning's `help` says.
const LET_UNDERSCORE: &str = "tests/rustc/let_underscore_extract_if.rs";

/// The help the chapter's prose quotes (and warns against).
const HELP: &str = "use `let _ = ...` to ignore the resulting value";

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

/// Borrow-checks `example` with the toolchain's `rustc`.
fn check(example: &str) -> (String, Compiled) {
    let out: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-08-diagnostics"]
        .iter()
        .collect();
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("rustc --version runs");
    let output = rustc.check(Path::new(example), &out, &[]);
    (version, output)
}

#[test]
fn an_unused_extract_if_is_a_must_use_warning_with_a_trap_for_help() {
    let (version, output) = check(UNUSED);
    let stderr = &output.stderr;
    // Only a warning: the program compiles (and removes nothing when run).
    assert!(output.status.success(), "{version}:\n{stderr}");
    assert!(stderr.contains("unused_must_use"), "{version}:\n{stderr}");
    if !wording_is_pinned(
        &version,
        "lesson-08 tests/diagnostics.rs",
        "only the lint name was checked",
    ) {
        return;
    }
    assert_pinned(UNUSED, stderr);
    assert!(stderr.contains(&format!("help: {HELP}")), "{stderr}");
}

#[test]
fn following_the_help_silences_the_warning() {
    let (version, output) = check(LET_UNDERSCORE);
    assert!(output.status.success(), "{version}:\n{}", output.stderr);
    assert_eq!(output.stderr, "", "{version}: not a word from rustc");
}

#[test]
fn the_chapter_quotes_the_help_rustc_prints() {
    // The chapter's prose, one line: doc comments joined by spaces.
    let chapter: String = include_str!("../src/lib.rs")
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("//!"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        chapter.contains(&format!("\"{HELP}\"")),
        "the chapter does not quote {HELP:?}"
    );
}
