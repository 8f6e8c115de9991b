//! The chapter says which collection lacks which tool in Rust 1.95. Each
//! test here compiles the missing call with the toolchain's `rustc` and
//! checks the error: E0658 (the method exists but is unstable, behind the
//! named feature) or E0599 (there is no such method).
//!
//! These are facts about rustc 1.95 (`rust-toolchain.toml`), not about Rust
//! forever: a later release may stabilise `LinkedList::retain`. So on
//! another compiler the tests check nothing, and say so loudly on standard
//! error (`testkit::rustc::wording_is_pinned`).

use std::path::PathBuf;

use testkit::rustc::{Rustc, wording_is_pinned, write_example};

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
