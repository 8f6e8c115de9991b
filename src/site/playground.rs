//! "Run in the Rust Playground" links: the code travels in the link itself.
//!
//! `build.rs` uses this module for the website's Playground page and gallery,
//! `tests/playground.rs` to write and check `PLAYGROUND.md`. Standard library
//! only.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::course::{self, Kind, Runnable};

/// The Rust Playground, with the settings every link uses: the stable
/// channel, a debug build (overflow checks on, as in the lessons' tests),
/// edition 2024 (the workspace's). `code=` follows.
pub const PREFIX: &str = "https://play.rust-lang.org/?version=stable&mode=debug&edition=2024&code=";

/// The longest link the Playground accepts, with room to spare: its server
/// sits behind nginx (rust-lang/rust-playground, `deployment/`), whose
/// default buffer for a request line is 8 KB; a longer link gets
/// "414 Request-URI Too Large" (rust-lang/rust-playground#439).
pub const MAX_URL: usize = 8000;

/// The Playground link that opens `code`, however long.
///
/// The Playground reads its query with the `qs` library, which, like a
/// browser's `URLSearchParams`, turns `+` into a space and decodes `%XX`:
/// a space is written `+` (the shortest), and every byte that could end the
/// value, start another, or break a markdown or HTML link is percent-encoded.
pub fn url(code: &str) -> String {
    let mut url = String::from(PREFIX);
    for byte in code.bytes() {
        match byte {
            b' ' => url.push('+'),
            b'a'..=b'z'
            | b'A'..=b'Z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'!'
            | b'$'
            | b'*'
            | b','
            | b';'
            | b':'
            | b'@'
            | b'/'
            | b'?' => url.push(char::from(byte)),
            _ => {
                let _ = write!(url, "%{byte:02X}");
            }
        }
    }
    url
}

/// The Playground link for `code`, or its length when it is longer than the
/// Playground accepts ([`MAX_URL`]).
///
/// # Errors
/// The length of the link that would be too long.
pub fn link(code: &str) -> Result<String, usize> {
    let url = url(code);
    if url.len() <= MAX_URL {
        Ok(url)
    } else {
        Err(url.len())
    }
}

/// A file a program loads with `#[path = "..."] mod name;`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// Its path from the repository root.
    pub path: String,
    /// Whether only the tests load it (`#[cfg(test)]` on the module).
    pub test_only: bool,
}

/// The files a program at `file` (a repository path) loads with
/// `#[path = "..."] mod name;`. A link carries one file, so a program that
/// loads another one says so.
pub fn loaded_files(file: &str, code: &str) -> Vec<Loaded> {
    let dir = file.rsplit_once('/').map_or("", |(dir, _)| dir);
    let lines: Vec<&str> = code.lines().map(str::trim).collect();
    lines
        .iter()
        .enumerate()
        .filter_map(|(index, line)| {
            let rest = line.strip_prefix("#[path")?.trim_start();
            let quoted = rest.strip_prefix('=')?.trim_start().strip_prefix('"')?;
            let (path, _) = quoted.split_once('"')?;
            // The attributes stacked on the same `mod` item: the lines above
            // that are attributes too.
            let attributes = lines[..index]
                .iter()
                .rev()
                .take_while(|above| above.starts_with("#["));
            let test_only = line.contains("#[cfg(test)]")
                || attributes.into_iter().any(|above| *above == "#[cfg(test)]");
            Some(Loaded {
                path: course::normalize(dir, path)?,
                test_only,
            })
        })
        .collect()
}

/// What the "run it" cell of a Playground table holds for the file `path`
/// whose text is `code`.
pub fn run_cell(path: &str, code: &str) -> String {
    let mut cell = match link(code) {
        Ok(url) => format!("[Run it]({url})"),
        Err(length) => format!(
            "too long for a link ({length} characters; a Playground link must stay under {MAX_URL}): \
             paste the file into the Playground"
        ),
    };
    for loaded in loaded_files(path, code) {
        let _ = if loaded.test_only {
            write!(
                cell,
                "; its tests load `{}`, which a link cannot carry: *Run* needs only this file, \
                 the tests run in the repository",
                loaded.path
            )
        } else {
            write!(
                cell,
                "; it loads `{}`, which a link cannot carry: it builds only in the repository",
                loaded.path
            )
        };
    }
    cell
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
                "| `{}` | {} | {} |",
                file.path,
                lesson_link(&file.lesson),
                run_cell(&file.path, &code)
            );
        }
        out.push('\n');
    }
    out
}
