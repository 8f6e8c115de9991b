//! The chapter quotes documentation: std's (Rust 1.95, from the toolchain's
//! own `rust-docs` HTML) and dashmap 6.2.1's (from its source in Cargo's
//! registry cache). These tests check each quote word for word where that
//! documentation is on disk, and say loudly on standard error when it is not
//! (without failing: neither is needed to build the course).

use std::path::{Path, PathBuf};

/// Shared with lessons 09 and 11: the toolchain's std documentation.
#[allow(dead_code)]
#[path = "../../lesson-09/tests/common/std_docs.rs"]
mod std_docs;

/// Says loudly that `what` was not checked, and why.
fn not_checked(what: &str, why: &str) {
    std_docs::not_checked(&format!("lesson-10 tests/quotes.rs: {what}"), why);
}

const RWLOCK_WRITE: &str = "This function might panic when called if the lock is already held \
                            by the current thread in read or write mode.";
const MUTEX_LOCK: &str = "The exact behavior on locking a mutex in the thread which already \
                          holds the lock is left unspecified. However, this function will not \
                          return on the second call (it might panic or deadlock, for example).";

#[test]
fn the_std_quotes_are_rust_1_95s_words() {
    let chapter = [
        include_str!("../src/lib.rs"),
        include_str!("../src/rwlock.rs"),
        include_str!("../src/mutex.rs"),
    ]
    .map(|source| {
        source
            .lines()
            .map(|line| {
                line.trim_start()
                    .trim_start_matches("//!")
                    .trim_start_matches("///")
            })
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    });
    // The chapter sends the reader to the two functions' docs, which quote
    // each sentence.
    let sentence = |quote: &'static str| quote.trim_end_matches('.');
    assert!(chapter[0].contains(
        "Rust 1.95's documentation allows a panic instead (its words are quoted in those two functions' docs)"
    ));
    assert!(chapter[1].contains(sentence(RWLOCK_WRITE)), "rwlock.rs");
    assert!(chapter[2].contains(MUTEX_LOCK), "mutex.rs");
    let docs = |page: &str, method: &str| {
        std_docs::method_html(page, method).map(|html| std_docs::text(&html))
    };
    match (
        docs("sync/struct.RwLock.html", "write"),
        docs("sync/struct.Mutex.html", "lock"),
    ) {
        (Ok(rwlock), Ok(mutex)) => {
            assert!(rwlock.contains(RWLOCK_WRITE), "RwLock docs changed");
            assert!(mutex.contains(MUTEX_LOCK), "Mutex docs changed");
        }
        (Err(why), _) | (_, Err(why)) => not_checked("std's wording", &why),
    }
}

/// dashmap 6.2.1's `src/lib.rs` in Cargo's registry cache, if there.
fn dashmap_source() -> Option<String> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))?;
    let registries = std::fs::read_dir(home.join("registry/src")).ok()?;
    registries
        .filter_map(Result::ok)
        .map(|registry| registry.path().join("dashmap-6.2.1/src/lib.rs"))
        .find_map(|file| std::fs::read_to_string(file).ok())
}

/// The doc comment right above `pub fn <name>` in `source`, joined.
fn doc_of(source: &str, name: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let at = lines
        .iter()
        .position(|line| {
            line.trim_start().starts_with(&format!("pub fn {name}("))
                || line.trim_start().starts_with(&format!("pub fn {name}<"))
        })
        .unwrap_or_else(|| panic!("no pub fn {name}"));
    lines[..at]
        .iter()
        .rev()
        .take_while(|line| {
            let line = line.trim_start();
            line.starts_with("///") || line.starts_with("#[")
        })
        .map(|line| line.trim_start().trim_start_matches("///").trim())
        .collect::<Vec<_>>()
        .join(" ")
}

const ANY: &str = "**Locking behaviour:** May deadlock if called when holding any sort of reference into the map.";
const MUTABLE: &str =
    "**Locking behaviour:** May deadlock if called when holding a mutable reference into the map.";

#[test]
fn the_dashmap_quotes_are_6_2_1s_words() {
    let Some(source) = dashmap_source() else {
        not_checked(
            "dashmap's wording",
            "no dashmap-6.2.1 in Cargo's registry cache",
        );
        return;
    };
    assert_eq!(source.matches(ANY).count(), 12);
    assert_eq!(source.matches(MUTABLE).count(), 6);
    for name in [
        "insert", "get_mut", "entry", "alter", "retain", "iter_mut", "view",
    ] {
        assert!(doc_of(&source, name).contains(ANY), "{name}");
    }
    for name in ["get", "iter", "len", "contains_key"] {
        assert!(doc_of(&source, name).contains(MUTABLE), "{name}");
    }
    assert!(doc_of(&source, "with_shard_amount").contains("shard_amount should greater than 0"));
    assert!(source.contains("assert!(shard_amount > 1);"));
    // The example's documentation quotes them.
    let example: String = include_str!("../examples/dashmap.rs")
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("//!"))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for quote in [
        ANY,
        "... when holding a mutable reference into the map.",
        "`shard_amount should greater than 0`",
        "18 methods",
        "on 12 of them",
        "on 6",
    ] {
        assert!(example.contains(quote), "examples/dashmap.rs: {quote:?}");
    }
}
