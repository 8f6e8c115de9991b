//! What std documents, read from the toolchain's own documentation (the
//! `rustup` component `rust-docs`, HTML under `<sysroot>/share/doc/rust/html`).
//!
//! Used by the tests of lessons 09, 10 and 11 that check a chapter's quotes of
//! std's documentation and its "stable since" versions. Those are facts about
//! Rust 1.95's documentation: on another compiler, or without the component,
//! the callers check nothing and say so loudly ([`not_checked`]).

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

use testkit::rustc::{Rustc, is_pinned};

/// Writes `NOT CHECKED <place>: <why>` straight to standard error (the test
/// harness swallows `eprintln!` of a passing test).
pub fn not_checked(place: &str, why: &str) {
    writeln!(std::io::stderr().lock(), "NOT CHECKED {place}: {why}").expect("can write to stderr");
}

/// The documentation of method `method` on the std page `page` (a path under
/// `std/`, such as `vec/struct.Vec.html`), as it stands in the HTML: from the
/// method's anchor to the next method's. `Err` says why there is none to
/// read: another compiler than the pinned one, or no `rust-docs` component.
///
/// # Panics
///
/// If the page is there but documents no such method.
pub fn method_html(page: &str, method: &str) -> Result<String, String> {
    let version = Rustc::from_env().version().unwrap_or_default();
    if !is_pinned(&version) {
        return Err(format!(
            "the chapter quotes Rust 1.95's documentation, this is {version}"
        ));
    }
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let output = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| format!("rustc --print sysroot: {e}"))?;
    let sysroot = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let path: PathBuf = [&sysroot, "share/doc/rust/html/std", page].iter().collect();
    let html = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "the rust-docs component is not installed ({}: {e})",
            path.display()
        )
    })?;
    let anchor = format!("id=\"method.{method}\"");
    let start = html
        .find(&anchor)
        .unwrap_or_else(|| panic!("{page} documents no method {method}"));
    let rest = &html[start.saturating_add(anchor.len())..];
    let end = rest.find("id=\"method.").unwrap_or(rest.len());
    Ok(rest[..end].to_owned())
}

/// The Rust version `html` (from [`method_html`]) says the method is stable
/// since, such as `1.86.0`; `None` if it is not stable.
#[must_use]
pub fn stable_since(html: &str) -> Option<&str> {
    let marker = "title=\"Stable since Rust version ";
    let at = html.find(marker)?.saturating_add(marker.len());
    html[at..].split('"').next()
}

/// `html` as text: tags removed, the entities rustdoc writes decoded, every
/// run of whitespace one space.
#[must_use]
pub fn text(html: &str) -> String {
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
    let decoded = [
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(text, |text, (entity, c)| text.replace(entity, c));
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}
