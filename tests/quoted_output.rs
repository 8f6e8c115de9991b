//! Compiler output quoted in the course's Markdown pages is never a
//! hand-kept copy: every `error...`/`warning...` line inside a ```` ```text ````
//! block of `README.md`, `STUDENTS.md`, `TEACHING.md`, `HANDOUT.md` and
//! `exercises/README.md` must be a line of a pinned `.stderr` file
//! (`compile_fail/*.stderr`, or the ones lessons keep under `tests/`), which
//! trybuild and the lessons' own tests compare with what rustc prints.
//! (The chapters include their `.stderr` files instead of quoting them.)

use std::fs;
use std::path::{Path, PathBuf};

const PAGES: [&str; 5] = [
    "README.md",
    "STUDENTS.md",
    "TEACHING.md",
    "HANDOUT.md",
    "exercises/README.md",
];

/// Every `.stderr` file under `dir`, recursively, skipping `target/`.
fn stderr_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name != "target") {
                stderr_files(&path, found);
            }
        } else if path.extension().is_some_and(|ext| ext == "stderr") {
            found.push(path);
        }
    }
}

/// The lines of every ```` ```text ```` block of `markdown` that look like
/// compiler output: an error or warning headline.
fn quoted_headlines(markdown: &str) -> Vec<String> {
    let mut inside = false;
    let mut lines = Vec::new();
    for line in markdown.lines() {
        let fence = line.trim_start();
        if fence.starts_with("```") {
            inside = !inside && fence.trim_start_matches('`').trim() == "text";
            continue;
        }
        if inside && (line.starts_with("error") || line.starts_with("warning")) {
            lines.push(line.to_owned());
        }
    }
    lines
}

#[test]
fn a_text_block_finds_its_headlines_only() {
    let page = "```text\nerror[E0502]: one\n  | label\n```\nerror: not in a block\n\
                ```sh\nwarning: in a shell block\n```\n```text\nwarning: two\n```\n";
    assert_eq!(
        quoted_headlines(page),
        ["error[E0502]: one", "warning: two"]
    );
}

#[test]
fn every_quoted_compiler_line_is_pinned() {
    let mut pinned = Vec::new();
    for dir in ["compile_fail", "lessons"] {
        stderr_files(Path::new(dir), &mut pinned);
    }
    assert!(
        pinned.len() > 10,
        "found only {} .stderr files",
        pinned.len()
    );
    let pinned_lines: Vec<String> = pinned
        .iter()
        .flat_map(|file| {
            fs::read_to_string(file)
                .expect("readable .stderr")
                .lines()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut problems = Vec::new();
    let mut quoted = 0;
    for page in PAGES {
        let text = fs::read_to_string(page).unwrap_or_else(|e| panic!("{page}: {e}"));
        for line in quoted_headlines(&text) {
            quoted += 1;
            if !pinned_lines.contains(&line) {
                problems.push(format!("{page}: `{line}` is in no pinned .stderr"));
            }
        }
    }
    assert!(
        quoted > 0,
        "no page quotes compiler output: is the scan broken?"
    );
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
