//! "Run in the Rust Playground" links: the code travels in the link itself.
//!
//! Not a module of the library: `build.rs` (the website's Playground page and
//! gallery) and `tests/playground.rs` (which writes and checks `PLAYGROUND.md`)
//! include this file with `#[path]`, next to `course.rs` and `markdown.rs`.
//! Standard library only.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::course::{self, Kind, Runnable};

/// The Rust Playground, with the settings every link uses: the stable
/// channel, a debug build (overflow checks on, as in the lessons' tests),
/// edition 2024 (the workspace's). `code=` follows.
pub const PREFIX: &str = "https://play.rust-lang.org/?version=stable&mode=debug&edition=2024&code=";

/// The Playground link that opens `code`.
pub fn url(code: &str) -> String {
    let mut url = String::from(PREFIX);
    for byte in code.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            url.push(char::from(byte));
        } else {
            // Every other byte, `+` and the bytes of non-ASCII names included,
            // is percent-encoded, so a query parser reads the code back exactly.
            let _ = write!(url, "%{byte:02X}");
        }
    }
    url
}

/// Where the links of a Playground list point to the files and lessons they
/// name: the repository (`PLAYGROUND.md`) or the website's Playground page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `PLAYGROUND.md` at the repository root, read on GitHub or in an editor.
    Repository,
    /// `iterate_and_mutate/playground/index.html` on the website.
    Website,
}

/// The one sentence about versions that stands near every group of links.
pub fn stable_note(pinned: &str) -> String {
    format!(
        "The Playground runs the current stable Rust, not the course's pinned {pinned}: \
         a diagnostic there may be worded differently from the pinned `.stderr` \
         (what matters is the error code)."
    )
}

/// The markdown list of every runnable file of the repository at `root` with
/// its Playground link: the body of `PLAYGROUND.md` (`Target::Repository`) or
/// of the website's Playground page (`Target::Website`).
pub fn page(root: &Path, target: Target) -> String {
    let pinned = course::pinned_toolchain(root).unwrap_or_else(|| "toolchain".to_owned());
    let lessons = course::lessons(root);
    let runnables = course::runnables(root);
    let lesson_link = |number: &Option<String>| -> String {
        let Some(number) = number else {
            return String::new();
        };
        let Some(lesson) = lessons.iter().find(|lesson| &lesson.number == number) else {
            return format!("lesson-{number}");
        };
        match target {
            Target::Repository => format!(
                "[{}](lessons/{}/src/lib.rs)",
                lesson.package(),
                lesson.package()
            ),
            Target::Website => format!(
                "[{}](../../{}/index.html)",
                lesson.package(),
                lesson.crate_name()
            ),
        }
    };
    let mut out = String::new();
    out.push_str("# Run it in the Rust Playground\n\n");
    if target == Target::Repository {
        out.push_str(
            "<!-- Generated from the files it links; do not edit. After changing a \
             gallery case, an example or an exercise stub, run \
             `PLAYGROUND=overwrite cargo test -p iterate-and-mutate --test playground`. -->\n\n",
        );
    }
    out.push_str(
        "Nothing to install: each link below opens one file of the course in the \
         [Rust Playground](https://play.rust-lang.org/), its code carried in the link \
         itself (edition 2024, debug build). ",
    );
    out.push_str(&stable_note(&pinned));
    out.push_str("\n\n");
    let groups = [
        (
            Kind::Gallery,
            "The compile-fail gallery",
            "Each program is rejected by the compiler; *Run* shows the error the lesson explains.",
            "case",
        ),
        (
            Kind::Example,
            "Each chapter's main example",
            "The central fix of each chapter, as a small program that prints its result.",
            "example",
        ),
        (
            Kind::Exercise,
            "The exercises",
            "Each exercise stub as a student gets it. To run its tests, pick *Test* in the \
             menu beside the Playground's *Run* button (it runs `cargo test`).",
            "exercise",
        ),
    ];
    for (kind, heading, intro, noun) in groups {
        let files: Vec<&Runnable> = runnables.iter().filter(|r| r.kind == kind).collect();
        let _ = writeln!(out, "## {heading}\n\n{intro}\n");
        if files.is_empty() {
            let _ = writeln!(out, "None yet.\n");
            continue;
        }
        let _ = writeln!(out, "| {noun} | lesson | run it |\n|---|---|---|");
        for file in files {
            let code = fs::read_to_string(root.join(&file.path)).unwrap_or_default();
            let _ = writeln!(
                out,
                "| `{}` | {} | [Run it]({}) |",
                file.path,
                lesson_link(&file.lesson),
                url(&code)
            );
        }
        out.push('\n');
    }
    out
}
