//! The gallery's last column, "still an error under Polonius?", checked.
//!
//! README.md's gallery table ends with that column, one row per case in
//! `compile_fail/`: `yes (E0502)` (the error codes the case fails with, each
//! once, in the order rustc reports them) or `no (compiles)`. Polonius is the
//! borrow checker that follows NLL; the pinned compiler (1.95) does not have
//! it, a nightly has it behind `-Zpolonius=next`.
//!
//! * Always: every case has exactly one row, every row names a case, every
//!   value is well formed, a `yes` lists the codes pinned in the case's
//!   `.stderr`, and only `get_or_insert_returns_reference` says `no` (lesson
//!   06 says every other case fails under Polonius with its pinned codes).
//! * Whenever a nightly toolchain is installed: every case is borrow-checked
//!   with `rustup run nightly rustc -Zpolonius=next`, and the outcome must be
//!   what the row says. Without a nightly, this part writes a `SKIPPED` line
//!   straight to the terminal (not through `println!`, which the test
//!   harness swallows for a passing test) and checks nothing.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use testkit::rustc::Rustc;

/// The last header cell of the gallery table.
const COLUMN: &str = "still an error under Polonius?";

/// What a case does under Polonius, as the README writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Verdict {
    /// Still rejected, with these error codes.
    Fails(Vec<String>),
    /// Accepted.
    Compiles,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Fails(codes) => write!(f, "yes ({})", codes.join(", ")),
            Self::Compiles => f.write_str("no (compiles)"),
        }
    }
}

/// Reads a cell of the column: `yes (E0502)`, `yes (E0277, E0599)` or
/// `no (compiles)`.
fn parse_verdict(cell: &str) -> Option<Verdict> {
    if cell == "no (compiles)" {
        return Some(Verdict::Compiles);
    }
    let codes: Vec<String> = cell
        .strip_prefix("yes (")?
        .strip_suffix(')')?
        .split(", ")
        .map(str::to_owned)
        .collect();
    let is_code = |code: &String| {
        code.len() == 5 && code.starts_with('E') && code.chars().skip(1).all(|c| c.is_ascii_digit())
    };
    codes.iter().all(is_code).then_some(Verdict::Fails(codes))
}

/// The error codes in rustc's `stderr`, each once, in the order they first
/// appear.
fn error_codes(stderr: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for code in stderr
        .lines()
        .filter_map(|line| line.strip_prefix("error[")?.split(']').next())
    {
        if !codes.iter().any(|known| known == code) {
            codes.push(code.to_owned());
        }
    }
    codes
}

/// The repository root (this package's directory).
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every case's name (`compile_fail/<name>.rs`), sorted.
fn cases() -> Vec<String> {
    let mut cases: Vec<String> = fs::read_dir(root().join("compile_fail"))
        .expect("compile_fail/ exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

/// The cells of a Markdown table line, without the outer pipes.
fn cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(str::trim).collect()
}

/// The gallery table's rows: (first cell, last cell) of every line after the
/// header whose last cell is [`COLUMN`], up to the end of the table.
fn column(readme: &str) -> Vec<(String, String)> {
    let mut lines = readme.lines().skip_while(|line| {
        !(line.starts_with('|') && cells(line).last().is_some_and(|last| *last == COLUMN))
    });
    assert!(
        lines.next().is_some(),
        "README.md has no table whose last column is {COLUMN:?}"
    );
    lines
        .take_while(|line| line.starts_with('|'))
        .map(cells)
        .filter(|row| {
            !row.iter()
                .all(|cell| cell.chars().all(|c| "-: ".contains(c)))
        })
        .map(|row| {
            let first = row.first().copied().unwrap_or_default();
            let last = row.last().copied().unwrap_or_default();
            (first.to_owned(), last.to_owned())
        })
        .collect()
}

/// Each case and what the README says it does under Polonius; panics with
/// every problem found (missing, extra, repeated or malformed rows).
fn expected() -> Vec<(String, Verdict)> {
    let readme = fs::read_to_string(root().join("README.md")).expect("README.md exists");
    let rows = column(&readme);
    let cases = cases();
    let mut problems = Vec::new();
    let mut expected = Vec::new();
    for case in &cases {
        let cell = format!("`{case}`");
        let found: Vec<&String> = rows
            .iter()
            .filter(|(first, _)| *first == cell)
            .map(|(_, last)| last)
            .collect();
        match found.as_slice() {
            [] => problems.push(format!("no row for {cell} (compile_fail/{case}.rs)")),
            [last] => match parse_verdict(last) {
                Some(verdict) => expected.push((case.clone(), verdict)),
                None => problems.push(format!(
                    "{cell}: {last:?} is neither `yes (E0xxx)` nor `no (compiles)`"
                )),
            },
            _ => problems.push(format!("{cell} has {} rows", found.len())),
        }
    }
    for (first, _) in &rows {
        let name = first.trim_matches('`');
        if !cases.iter().any(|case| case == name) {
            problems.push(format!("row {first}: there is no compile_fail/{name}.rs"));
        }
    }
    assert!(
        problems.is_empty(),
        "README.md, column {COLUMN:?}:\n{}",
        problems.join("\n")
    );
    expected
}

#[test]
fn every_case_has_one_well_formed_row() {
    let expected = expected();
    assert_eq!(expected.len(), cases().len());
    assert!(!expected.is_empty(), "compile_fail/ lost its cases");
}

#[test]
fn a_case_still_rejected_fails_with_its_pinned_codes() {
    let mut problems = Vec::new();
    for (case, verdict) in expected() {
        let Verdict::Fails(codes) = verdict else {
            continue;
        };
        let stderr_file = root().join("compile_fail").join(format!("{case}.stderr"));
        let pinned = error_codes(&fs::read_to_string(&stderr_file).expect("pinned .stderr"));
        if codes != pinned {
            problems.push(format!(
                "`{case}`: the README says `yes ({})`, the pinned .stderr has {pinned:?}",
                codes.join(", ")
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn only_nll_problem_case_3_compiles_under_polonius() {
    // Lesson 06 says so: every other case is a real conflict (or no borrow
    // error at all). A new case that Polonius accepts needs its own words there.
    let compiles: Vec<String> = expected()
        .into_iter()
        .filter(|(_, verdict)| *verdict == Verdict::Compiles)
        .map(|(case, _)| case)
        .collect();
    assert_eq!(compiles, ["get_or_insert_returns_reference"]);
}

#[test]
fn the_column_is_what_the_nightly_says_under_polonius() {
    let nightly = Rustc::rustup("nightly");
    let Some(version) = nightly.version() else {
        writeln!(
            std::io::stderr().lock(),
            "SKIPPED tests/polonius.rs: `rustup run nightly rustc --version` failed (no nightly \
             toolchain), so the README's column {COLUMN:?} was NOT checked against Polonius"
        )
        .expect("can write to stderr");
        return;
    };
    let out_dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "polonius"].iter().collect();
    let mut problems = Vec::new();
    for (case, verdict) in expected() {
        let source = root().join("compile_fail").join(format!("{case}.rs"));
        let compiled = nightly.check(&source, &out_dir.join(&case), &["-Zpolonius=next"]);
        let actual = if compiled.status.success() {
            Verdict::Compiles
        } else {
            Verdict::Fails(error_codes(&compiled.stderr))
        };
        println!("{case}: {actual}");
        if actual != verdict {
            problems.push(format!(
                "`{case}`: the README says `{verdict}`, {version} with -Zpolonius=next says \
                 `{actual}`\n  ({})\n{}",
                compiled.command, compiled.stderr
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn verdicts_read_and_write_the_same_text() {
    for text in ["yes (E0502)", "yes (E0277, E0599)", "no (compiles)"] {
        let verdict = parse_verdict(text).expect("well formed");
        assert_eq!(verdict.to_string(), text);
    }
    for bad in [
        "yes",
        "yes ()",
        "yes (E05)",
        "yes (E0502,E0599)",
        "no",
        "maybe (E0502)",
    ] {
        assert_eq!(parse_verdict(bad), None, "{bad}");
    }
}

#[test]
fn error_codes_are_listed_once_in_order() {
    let stderr = "error[E0277]: a\nerror[E0599]: b\nerror[E0277]: c\nerror: aborting\n";
    assert_eq!(error_codes(stderr), ["E0277", "E0599"]);
    assert!(error_codes("error: unknown unstable option\n").is_empty());
}

#[test]
fn the_column_is_read_from_the_gallery_table_only() {
    let readme = "| a | b |\n|---|---|\n| `x` | no |\n\n\
                  | case | error | still an error under Polonius? |\n\
                  |---|---|---|\n\
                  | `one` | E0502 | yes (E0502) |\n\
                  | `two` | E0499 | no (compiles) |\n\
                  \n| `three` | after | yes (E0499) |\n";
    assert_eq!(
        column(readme),
        [
            ("`one`".to_owned(), "yes (E0502)".to_owned()),
            ("`two`".to_owned(), "no (compiles)".to_owned()),
        ]
    );
}
