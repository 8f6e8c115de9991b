//! Every compile-fail case names the lesson that explains it, and that lesson
//! links back to the case and names the error code the case is pinned to.
//!
//! This keeps the gallery and the prose from drifting apart: rename a case,
//! move it to another lesson, or change what it breaks, and this test says
//! which side needs updating.

use std::fs;
use std::path::{Path, PathBuf};

use iterate_and_mutate::site::markdown;

/// Every `compile_fail/*.rs` case, sorted so failures are reported in a stable order.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir("compile_fail")
        .expect("compile_fail/ exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    cases.sort();
    cases
}

/// The lesson named by the case's opening comment: `// Explained in lessons/lesson-NN ...`.
fn explaining_lesson(case: &Path, source: &str) -> String {
    let first = source.lines().next().unwrap_or_default();
    let rest = first
        .strip_prefix("// Explained in lessons/")
        .unwrap_or_else(|| {
            panic!(
                "{}: the first line must be `// Explained in lessons/lesson-NN ...`, found {first:?}",
                case.display()
            )
        });
    rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The error codes in the pinned `.stderr` beside the case, e.g. `["E0502"]`.
fn pinned_codes(case: &Path) -> Vec<String> {
    let stderr = case.with_extension("stderr");
    let text = fs::read_to_string(&stderr)
        .unwrap_or_else(|e| panic!("{}: no pinned diagnostic: {e}", stderr.display()));
    let mut codes: Vec<String> = text
        .lines()
        .filter_map(|line| line.strip_prefix("error[")?.split(']').next())
        .map(str::to_owned)
        .collect();
    codes.dedup();
    codes
}

#[test]
fn the_gallery_is_not_empty() {
    assert!(cases().len() >= 2, "compile_fail/ lost its cases");
}

#[test]
fn every_case_names_its_lesson_and_the_lesson_links_back() {
    let mut problems = Vec::new();
    for case in cases() {
        let source = fs::read_to_string(&case).expect("readable case");
        let lesson = explaining_lesson(&case, &source);
        let lib = Path::new("lessons").join(&lesson).join("src/lib.rs");
        let Ok(prose) = fs::read_to_string(&lib) else {
            problems.push(format!(
                "{}: names {lesson}, which has no {}",
                case.display(),
                lib.display()
            ));
            continue;
        };
        let link = format!(
            "compile_fail/{}",
            case.file_name().unwrap().to_string_lossy()
        );
        if !prose.contains(&link) {
            problems.push(format!("{}: does not link back to `{link}`", lib.display()));
        }
        let codes = pinned_codes(&case);
        if codes.is_empty() {
            problems.push(format!(
                "{}: its .stderr pins no error code",
                case.display()
            ));
        }
        for code in codes {
            if !prose.contains(&code) {
                problems.push(format!(
                    "{}: `{link}` is pinned to {code}, which the lesson never names",
                    lib.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_readme_lists_every_case_and_every_lesson() {
    let readme = fs::read_to_string("README.md").expect("README.md exists");
    let mut missing = Vec::new();
    for case in cases() {
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        if !readme.contains(&format!("`{name}`")) {
            missing.push(format!("compile-fail case `{name}`"));
        }
    }
    let mut lessons: Vec<String> = fs::read_dir("lessons")
        .expect("lessons/ exists")
        .map(|entry| {
            entry
                .expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    lessons.sort();
    for lesson in lessons {
        if !readme.contains(&format!("[{lesson}](lessons/{lesson}/src/lib.rs)")) {
            missing.push(format!("lesson `{lesson}` in the lesson table"));
        }
    }
    assert!(missing.is_empty(), "README.md does not list: {missing:?}");
}

/// README.md's gallery table lists the cases in the order of the lessons that
/// explain them, and each row's lesson column starts with that lesson's number.
#[test]
fn the_readme_gallery_is_in_lesson_order() {
    let readme = fs::read_to_string("README.md").expect("README.md exists");
    let sections = markdown::sections(&readme).expect("README.md's site sections parse");
    let gallery = sections
        .iter()
        .find(|section| section.name == "gallery")
        .expect("a `<!-- site:gallery -->` section");
    // The site's own table reader: a `\|` inside a code span stays in its cell.
    let table = markdown::table_rows(&gallery.text);
    let header = table.first().expect("the gallery table");
    let lesson = header
        .iter()
        .position(|cell| cell == "lesson")
        .expect("a `lesson` column");
    let rows: Vec<(String, String)> = table[1..]
        .iter()
        .map(|cells| {
            let name = cells[0].trim_matches('`').to_owned();
            let number = cells[lesson].get(..2).unwrap_or_default().to_owned();
            (name, number)
        })
        .collect();
    assert_eq!(rows.len(), cases().len(), "one row per case");
    let mut problems = Vec::new();
    for (name, number) in &rows {
        let case = Path::new("compile_fail").join(format!("{name}.rs"));
        let source = fs::read_to_string(&case).unwrap_or_default();
        let lesson = explaining_lesson(&case, &source);
        if lesson != format!("lesson-{number}") {
            problems.push(format!(
                "`{name}`: the row says {number}, the case names {lesson}"
            ));
        }
    }
    let numbers: Vec<&str> = rows.iter().map(|(_, n)| n.as_str()).collect();
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    if numbers != sorted {
        problems.push(format!("rows out of lesson order: {numbers:?}"));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
