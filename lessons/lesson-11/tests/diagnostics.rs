//! The chapter says which collection lacks which tool in Rust 1.95. Each
//! test here compiles the missing call with the toolchain's `rustc` and
//! checks the error: E0658 (the method exists but is unstable, behind the
//! named feature) or E0599 (there is no such method).
//!
//! These are facts about rustc 1.95 (`rust-toolchain.toml`), not about Rust
//! forever: a later release may stabilise `LinkedList::retain`. So on
//! another compiler the tests check nothing, and say so loudly on standard
//! error (`testkit::rustc::wording_is_pinned`).
//!
//! Besides, the chapter's "stable since" versions are checked against the
//! toolchain's own documentation, and the labels it quotes inline against
//! the pinned `.stderr` they come from.

use std::path::{Path, PathBuf};

use testkit::rustc::{Rustc, wording_is_pinned, write_example};

/// Shared with lesson 09, whose tests check its own quotes of std's docs.
#[allow(dead_code)]
#[path = "../../lesson-09/tests/common/std_docs.rs"]
mod std_docs;

/// The lesson's chapter: its `//!` lines joined, every run of whitespace one
/// space.
fn chapter() -> String {
    include_str!("../src/lib.rs")
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("//!"))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_quoted_labels_are_in_the_pinned_diagnostic() {
    let pinned = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../compile_fail/remove_inside_enumerate_loop.stderr"),
    )
    .expect("the pinned diagnostic");
    let prose = chapter();
    for label in [
        "immutable borrow occurs here",
        "immutable borrow later used here",
    ] {
        assert!(pinned.contains(label), "the .stderr does not say {label:?}");
        assert!(
            prose.contains(&format!("*{label}*")),
            "the chapter does not quote {label:?}"
        );
    }
}

/// Every "stable since" of the chapter: the std page, the method, the
/// version, and the words the chapter uses.
const SINCE: [(&str, &str, &str, &str); 5] = [
    (
        "vec/struct.Vec.html",
        "extract_if",
        "1.87.0",
        "**`extract_if(range, f)`** (stable since Rust 1.87)",
    ),
    (
        "collections/linked_list/struct.LinkedList.html",
        "extract_if",
        "1.87.0",
        "`extract_if(f)` is stable (since 1.87)",
    ),
    (
        "collections/btree_map/struct.BTreeMap.html",
        "extract_if",
        "1.91.0",
        "`extract_if(range, f)` (stable since 1.91)",
    ),
    (
        "collections/btree_set/struct.BTreeSet.html",
        "extract_if",
        "1.91.0",
        "**`BTreeSet`**: `retain`, and `extract_if(range, f)` (stable since 1.91)",
    ),
    (
        "collections/binary_heap/struct.BinaryHeap.html",
        "retain",
        "1.70.0",
        "`retain` (since 1.70)",
    ),
];

#[test]
fn the_stable_since_versions_are_std_s() {
    let prose = chapter();
    for (page, method, version, words) in SINCE {
        assert!(prose.contains(words), "the chapter does not say {words:?}");
        match std_docs::method_html(page, method) {
            Ok(html) => assert_eq!(
                std_docs::stable_since(&html),
                Some(version),
                "{page} {method}"
            ),
            Err(why) => {
                std_docs::not_checked("lesson-11 tests/diagnostics.rs", &why);
                return;
            }
        }
    }
}

/// Compiles `body` inside a function that receives one collection of each
/// kind, and checks that rustc 1.95 rejects it with `code` and a message
/// containing `words`.
fn rejected(name: &str, body: &str, code: &str, words: &str) {
    let source = format!(
        "use std::collections::*;\n\
         pub fn f(\n    \
             list: &mut LinkedList<i32>,\n    \
             deque: &mut VecDeque<i32>,\n    \
             heap: &mut BinaryHeap<i32>,\n    \
             hashed: &mut HashSet<i32>,\n    \
             sorted: &mut BTreeSet<i32>,\n    \
             map: &mut BTreeMap<i32, i32>,\n\
         ) {{\n    \
             let _ = (&list, &deque, &heap, &hashed, &sorted, &map);\n    \
             {body}\n\
         }}\n"
    );
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "lesson-11-diagnostics", name]
        .iter()
        .collect();
    let file = write_example(&dir, &format!("{name}.rs"), &source);
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("rustc --version runs");
    if !wording_is_pinned(
        &version,
        "lesson-11 tests/diagnostics.rs",
        "nothing was checked: what lacks what is a fact about 1.95",
    ) {
        return;
    }
    let output = rustc.check(&file, &dir, &["--crate-type", "lib"]);
    let stderr = &output.stderr;
    assert!(!output.status.success(), "{name} compiled:\n{source}");
    let first = stderr
        .lines()
        .find(|line| line.starts_with("error"))
        .unwrap_or_default();
    assert!(
        first.starts_with(&format!("error[{code}]")) && first.contains(words),
        "{name}: expected {code} with {words:?}, got:\n{stderr}"
    );
}

/// The method is unstable in 1.95, behind `feature`.
fn unstable(name: &str, body: &str, feature: &str) {
    let words = format!("use of unstable library feature `{feature}`");
    rejected(name, body, "E0658", &words);
}

/// There is no method called `method` on this collection in 1.95.
fn missing(name: &str, body: &str, method: &str) {
    let words = format!("no method named `{method}` found");
    rejected(name, body, "E0599", &words);
}

#[test]
fn linked_list_retain_is_unstable() {
    unstable(
        "linked_list_retain",
        "list.retain(|&x| x > 0);",
        "linked_list_retain",
    );
}

#[test]
fn vec_deque_extract_if_is_unstable() {
    unstable(
        "vec_deque_extract_if",
        "let _ = deque.extract_if(.., |x| *x > 0).count();",
        "vec_deque_extract_if",
    );
}

#[test]
fn binary_heap_drain_sorted_is_unstable() {
    unstable(
        "binary_heap_drain_sorted",
        "let _ = heap.drain_sorted().count();",
        "binary_heap_drain_sorted",
    );
}

#[test]
fn vec_deque_has_no_dedup() {
    missing("vec_deque_dedup", "deque.dedup();", "dedup");
}

#[test]
fn binary_heap_has_no_extract_if() {
    missing(
        "binary_heap_extract_if",
        "let _ = heap.extract_if(|x| *x > 0).count();",
        "extract_if",
    );
}

#[test]
fn binary_heap_has_no_retain_mut() {
    missing(
        "binary_heap_retain_mut",
        "heap.retain_mut(|x| *x > 0);",
        "retain_mut",
    );
}

#[test]
fn binary_heap_has_no_iter_mut() {
    missing(
        "binary_heap_iter_mut",
        "let _ = heap.iter_mut().count();",
        "iter_mut",
    );
}

#[test]
fn hash_set_has_no_iter_mut() {
    missing(
        "hash_set_iter_mut",
        "let _ = hashed.iter_mut().count();",
        "iter_mut",
    );
}

#[test]
fn btree_set_has_no_iter_mut() {
    missing(
        "btree_set_iter_mut",
        "let _ = sorted.iter_mut().count();",
        "iter_mut",
    );
}

#[test]
fn linked_list_has_no_drain() {
    missing(
        "linked_list_drain",
        "let _ = list.drain().count();",
        "drain",
    );
}

#[test]
fn btree_map_has_no_drain() {
    missing("btree_map_drain", "let _ = map.drain().count();", "drain");
}

#[test]
fn btree_set_has_no_drain() {
    missing(
        "btree_set_drain",
        "let _ = sorted.drain().count();",
        "drain",
    );
}

/// The control: the same harness accepts the stable calls the chapter uses
/// instead, so a rejection above is about the method, not the harness.
#[test]
fn the_stable_replacements_compile() {
    let dir: PathBuf = [
        env!("CARGO_TARGET_TMPDIR"),
        "lesson-11-diagnostics",
        "control",
    ]
    .iter()
    .collect();
    let source = "use std::collections::*;\n\
        pub fn f(list: &mut LinkedList<i32>, deque: &mut VecDeque<i32>, heap: &mut BinaryHeap<i32>) {\n    \
            list.extract_if(|x| *x > 0).for_each(drop);\n    \
            deque.retain_mut(|x| *x > 0);\n    \
            heap.retain(|x| *x > 0);\n\
        }\n";
    let file = write_example(&dir, "control.rs", source);
    let output = Rustc::from_env().check(&file, &dir, &["--crate-type", "lib"]);
    assert!(output.status.success(), "{}", output.stderr);
}
