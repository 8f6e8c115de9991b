//! No cost figure in a chapter or in the README is a hand-kept copy.
//!
//! * A ratio quoted in prose (`78x`, `1.2x`) carries a marker right after
//!   it, `<!-- ratio: FILE/STRATEGY/SIZE over FILE/STRATEGY/SIZE -->`, and
//!   must be the ratio of those two medians in
//!   `costs/results/bench-output.txt`, rounded to the precision it is
//!   written in. The markers are HTML comments: invisible in rustdoc and on
//!   GitHub.
//! * A figure such as `19x` in a chapter's doc comments or in the README's
//!   prose without a marker is an error (the README's tables are checked
//!   whole instead).
//! * The README's "What it costs" table is exactly what
//!   `cargo run -p costs --example table < costs/results/bench-output.txt`
//!   prints.
//! * The saved run covers every benchmark in `costs/benches/`.
//!
//! After a new benchmark run, the failures list each figure with the value
//! it should now have.

use std::fs;
use std::path::{Path, PathBuf};

use costs::results::{Measurement, check_quoted_ratios, parse, quotes, table, unmarked_figures};

/// Chapters whose figures are not marked yet: each one is still checked for
/// the markers it has, but its unmarked figures are allowed. Remove a
/// chapter from the list once it marks its figures (the test says so).
const NOT_YET_MARKED: &[&str] = &[];

/// The repository's root directory.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("costs/ is inside the repository")
        .to_path_buf()
}

/// The saved benchmark run, parsed.
fn saved_run() -> Vec<Measurement> {
    let text = fs::read_to_string(root().join("costs/results/bench-output.txt"))
        .expect("costs/results/bench-output.txt exists");
    let measurements = parse(&text);
    assert!(
        measurements.len() > 50,
        "only {} measurements parsed",
        measurements.len()
    );
    measurements
}

/// `README.md` and every `lessons/*/src/*.rs`, as paths relative to the root,
/// sorted.
fn quoting_files() -> Vec<String> {
    let mut files = vec![String::from("README.md")];
    for lesson in fs::read_dir(root().join("lessons")).expect("lessons/ exists") {
        let src = lesson.expect("readable entry").path().join("src");
        let Ok(entries) = fs::read_dir(&src) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("readable entry").path();
            if path.extension().is_some_and(|ext| ext == "rs") {
                let relative = path.strip_prefix(root()).expect("under the root");
                files.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files.sort();
    files
}

fn read(relative: &str) -> String {
    fs::read_to_string(root().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// Whether `line` of `file` is prose where a figure must be marked: a doc
/// comment in a Rust file; in the README, anything but a table row (tables
/// are generated and checked whole).
fn is_prose(file: &str, line: &str) -> bool {
    let line = line.trim_start();
    if file.ends_with(".rs") {
        line.starts_with("//!") || line.starts_with("///")
    } else {
        !line.starts_with('|')
    }
}

#[test]
fn every_quoted_ratio_is_the_ratio_of_the_saved_medians() {
    let run = saved_run();
    let mut problems = Vec::new();
    let mut markers = 0_usize;
    for file in quoting_files() {
        let text = read(&file);
        markers = markers.saturating_add(quotes(&text).map_or(0, |q| q.len()));
        problems.extend(
            check_quoted_ratios(&text, &run)
                .into_iter()
                .map(|problem| format!("{file}, {problem}")),
        );
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
    // The chapters this crate's author marked, and the README's cost prose.
    for file in [
        "README.md",
        "lessons/lesson-04/src/lib.rs",
        "lessons/lesson-05/src/lib.rs",
        "lessons/lesson-08/src/lib.rs",
    ] {
        let found = quotes(&read(file)).map_or(0, |q| q.len());
        assert!(found > 0, "{file} quotes no marked ratio");
    }
    assert!(markers >= 10, "only {markers} markers in the course");
}

#[test]
fn no_figure_is_quoted_without_a_marker() {
    let mut problems = Vec::new();
    for file in quoting_files() {
        let text = read(&file);
        let mut in_code = false;
        let unmarked = unmarked_figures(&text, |line| {
            if line.trim_start().starts_with("```") {
                in_code = !in_code;
                return false;
            }
            !in_code && is_prose(&file, line)
        });
        let exempt = NOT_YET_MARKED.contains(&file.as_str());
        match (exempt, unmarked.is_empty()) {
            (false, false) => problems.push(format!(
                "{file}: a figure without a `<!-- ratio: ... -->` marker on line(s) {unmarked:?}"
            )),
            (true, true) => problems.push(format!(
                "{file}: every figure is marked now; remove it from NOT_YET_MARKED"
            )),
            _ => {}
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_readme_table_is_the_one_the_saved_run_gives() {
    let readme = read("README.md");
    let section = readme
        .split("\n## What it costs\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("README.md has a `## What it costs` section");
    let shown: String = section
        .lines()
        .skip_while(|line| !line.starts_with("| job | strategy |"))
        .take_while(|line| line.starts_with('|'))
        .map(|line| format!("{line}\n"))
        .collect();
    let generated = table(&saved_run(), 1_000_000);
    assert!(
        shown == generated,
        "README.md's cost table is not what \
         `cargo run -p costs --example table < costs/results/bench-output.txt` prints:\n\
         --- README.md\n{shown}\n--- generated\n{generated}"
    );
}

/// The benchmark functions of one file in `costs/benches/`: each `fn` that
/// follows a `#[divan::bench` attribute.
fn benchmarks_in(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut after_attribute = false;
    for line in source.lines().map(str::trim_start) {
        if line.starts_with("#[divan::bench") {
            after_attribute = true;
        } else if after_attribute && let Some(rest) = line.strip_prefix("fn ") {
            let name: String = rest
                .chars()
                .take_while(|&c| c.is_alphanumeric() || c == '_')
                .collect();
            names.push(name);
            after_attribute = false;
        }
    }
    names
}

#[test]
fn the_saved_run_covers_every_benchmark() {
    let run = saved_run();
    let mut missing = Vec::new();
    let mut benches = 0_usize;
    for entry in fs::read_dir(root().join("costs/benches")).expect("costs/benches exists") {
        let path = entry.expect("readable entry").path();
        let file = path
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        for strategy in benchmarks_in(&fs::read_to_string(&path).expect("readable bench")) {
            benches = benches.saturating_add(1);
            if !run.iter().any(|m| m.file == file && m.strategy == strategy) {
                missing.push(format!("{file}/{strategy}"));
            }
        }
    }
    assert!(benches > 20, "only {benches} benchmarks found");
    assert!(
        missing.is_empty(),
        "not in costs/results/bench-output.txt (run `cargo bench -p costs --bench <file>` \
         and add its output): {missing:?}"
    );
}
