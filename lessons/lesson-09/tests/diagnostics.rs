//! What the chapter quotes from the compiler, checked.
//!
//! * It shows whole diagnostics by including the pinned `.stderr` files, and
//!   quotes single labels inline in its prose: each inline quote is checked
//!   against the file it comes from, so that a new compiler's wording
//!   (re-pinned with `TRYBUILD=overwrite`) cannot leave the prose behind.
//! * It quotes an error that no case in `compile_fail/` can pin, since it has
//!   no error code (the gallery's test requires one): a `filter_map` closure
//!   that returns `scores.get_mut(name)`. That example is compiled here with
//!   the toolchain's `rustc`. The wording is rustc 1.95's
//!   (`rust-toolchain.toml`); with another compiler the test still requires
//!   the example to be rejected, and says loudly that it did not compare the
//!   wording.
//! * It quotes std's documentation of `HashMap::get_disjoint_mut` and the
//!   version it is stable since: checked against the toolchain's own
//!   documentation (`tests/common/std_docs.rs`).

use std::path::{Path, PathBuf};

use testkit::rustc::{Rustc, wording_is_pinned, write_example};

#[path = "common/std_docs.rs"]
mod std_docs;

/// Every label or line the chapter quotes, and the gallery case it is from.
const QUOTES: &[(&str, &str)] = &[
    ("insert_inside_for_each", "closure requires unique access"),
    ("insert_inside_for_each", "borrow occurs here"),
    ("insert_inside_for_each", "first borrow later used by call"),
    ("insert_inside_for_each", "closure construction occurs here"),
    (
        "insert_inside_for_each",
        "second borrow occurs due to use of `*scores` in closure",
    ),
    (
        "helper_closure_then_keys_loop",
        "mutable borrow occurs here",
    ),
    (
        "helper_closure_then_keys_loop",
        "immutable borrow occurs here",
    ),
    (
        "helper_closure_then_keys_loop",
        "mutable borrow later used here",
    ),
    ("two_get_mut_for_a_transfer", "first borrow later used here"),
    (
        "push_get_mut_in_loop",
        "`scores` was mutably borrowed here in the previous iteration of the loop",
    ),
    (
        "push_get_mut_in_loop",
        "first borrow used here, in later iteration of loop",
    ),
    (
        "share_cell_board_across_threads",
        "the trait `Sync` is not implemented for `Cell<i32>`",
    ),
    (
        "share_cell_board_across_threads",
        "`std::sync::RwLock` or `std::sync::atomic::AtomicI32`",
    ),
];

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

/// The lesson's chapter, its `//!` lines joined into one line of prose.
fn chapter() -> String {
    doc_lines("//!")
}

/// Every doc comment of `src/lib.rs` (the chapter and the items' docs), joined.
fn all_docs() -> String {
    format!("{} {}", doc_lines("//!"), doc_lines("///"))
}

/// The lines of `src/lib.rs` that start with `marker`, without it, joined
/// into one line.
fn doc_lines(marker: &str) -> String {
    let source = include_str!("../src/lib.rs");
    let prose: Vec<&str> = source
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix(marker))
        .map(str::trim)
        .collect();
    prose.join(" ")
}

#[test]
fn get_disjoint_mut_is_documented_as_the_lesson_quotes() {
    let docs = all_docs();
    let quotes = [
        "Panics if any keys are overlapping",
        "currently has a time-complexity of O(n^2)",
    ];
    for quote in quotes {
        assert!(docs.contains(quote), "the lesson does not quote {quote:?}");
    }
    assert!(chapter().contains("`HashMap::get_disjoint_mut` (stable since Rust 1.86)"));
    let html = match std_docs::method_html(
        "collections/hash_map/struct.HashMap.html",
        "get_disjoint_mut",
    ) {
        Ok(html) => html,
        Err(why) => {
            std_docs::not_checked("lesson-09 tests/diagnostics.rs", &why);
            return;
        }
    };
    assert_eq!(std_docs::stable_since(&html), Some("1.86.0"));
    let std_text = std_docs::text(&html);
    for quote in quotes {
        assert!(std_text.contains(quote), "std does not say {quote:?}");
    }
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

#[test]
fn every_quoted_label_is_in_its_pinned_diagnostic_and_in_the_chapter() {
    let prose = chapter();
    let gallery = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../compile_fail");
    let mut problems = Vec::new();
    for &(case, quote) in QUOTES {
        let pinned = std::fs::read_to_string(gallery.join(format!("{case}.stderr")))
            .unwrap_or_else(|e| panic!("compile_fail/{case}.stderr: {e}"));
        if !pinned.contains(quote) {
            problems.push(format!("compile_fail/{case}.stderr does not say {quote:?}"));
        }
        if !prose.contains(quote) {
            problems.push(format!("the chapter does not quote {quote:?}"));
        }
        if !prose.contains(&format!("compile_fail/{case}.rs")) {
            problems.push(format!("the chapter does not name compile_fail/{case}.rs"));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
