//! The chapter quotes documentation: std's (Rust 1.95, from the toolchain's
//! own `rust-docs` HTML) and dashmap 6.2.1's (from its source in Cargo's
//! registry cache). These tests check each quote word for word where that
//! documentation is on disk, and say loudly on standard error when it is not
//! (without failing: neither is needed to build the course).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes a `NOT CHECKED` line straight to standard error (the harness
/// swallows `eprintln!` of a passing test).
fn not_checked(what: &str, why: &str) {
    writeln!(
        std::io::stderr().lock(),
        "NOT CHECKED lesson-10 tests/quotes.rs: {what}: {why}"
    )
    .expect("can write to stderr");
}

/// `html` without its tags, entities decoded (the few rustdoc uses), every
/// run of whitespace one space.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The toolchain's std docs page `std/sync/<page>`, if installed.
fn std_page(page: &str) -> Option<String> {
    let output = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8(output.stdout).ok()?;
    let path: PathBuf = [sysroot.trim(), "share/doc/rust/html/std/sync", page]
        .iter()
        .collect();
    std::fs::read_to_string(path)
        .ok()
        .map(|html| text_of(&html))
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
    let version = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if !testkit::rustc::is_pinned(&version) {
        not_checked(
            "std's wording",
            &format!("the quotes are 1.95's, this is {version}"),
        );
        return;
    }
    match (
        std_page("struct.RwLock.html"),
        std_page("struct.Mutex.html"),
    ) {
        (Some(rwlock), Some(mutex)) => {
            assert!(rwlock.contains(RWLOCK_WRITE), "RwLock docs changed");
            assert!(mutex.contains(MUTEX_LOCK), "Mutex docs changed");
        }
        _ => not_checked("std's wording", "the rust-docs component is not installed"),
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
