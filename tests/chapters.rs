//! Every chapter (`lessons/*/src/lib.rs`) reads as a chapter of the course:
//! its objectives right under its title, and at its end an "Exercises"
//! section that lists exactly the exercises `exercises/info.toml` assigns to
//! the lesson, then the footer linking the previous lesson, the course's front
//! page and the next lesson by their titles; a
//! chapter that cites a gallery case links to its entry on the front page.
//!
//! Every lesson crate has the skeleton CONTRIBUTING.md describes: the
//! workspace's lints, no runtime dependency, its `playground-NN` example,
//! a story snapshot test and a property test.
//!
//! The checkers are tested below on sample chapters and crates, so they can
//! fail.

#![allow(
    clippy::arithmetic_side_effects,
    reason = "index arithmetic within a chapter's lines cannot overflow a usize"
)]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use iterate_and_mutate::site::course;
use iterate_and_mutate::site::course::Lesson;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What a chapter is checked against.
struct Context<'a> {
    /// Every lesson, in order.
    lessons: &'a [Lesson],
    /// The lesson being checked (an index into `lessons`).
    index: usize,
    /// The exercises `info.toml` assigns to it.
    exercises: BTreeSet<String>,
    /// The repository the `exercises/...` paths are looked up in, if any.
    root: Option<&'a Path>,
}

/// The exercise names `exercises/info.toml` assigns to each lesson folder
/// (`dir = "lesson01"`), read with the toml crate.
fn assigned_exercises(info: &str, lesson: &Lesson) -> BTreeSet<String> {
    let info: toml::Table = info.parse().expect("exercises/info.toml is TOML");
    let dir = format!("lesson{}", lesson.number);
    info.get("exercises")
        .and_then(toml::Value::as_array)
        .expect("info.toml has [[exercises]]")
        .iter()
        .filter(|exercise| exercise.get("dir").and_then(toml::Value::as_str) == Some(dir.as_str()))
        .filter_map(|exercise| exercise.get("name")?.as_str().map(str::to_owned))
        .collect()
}

/// The footer a chapter must end with (after its Exercises section and `---`).
fn expected_footer(lessons: &[Lesson], index: usize) -> Vec<String> {
    let mut links = Vec::new();
    if let Some(previous) = index.checked_sub(1).and_then(|i| lessons.get(i)) {
        links.push(format!(
            "[← {}](../{}/index.html)",
            previous.heading(),
            previous.crate_name()
        ));
    }
    links.push("[Course home](../iterate_and_mutate/index.html)".to_owned());
    if let Some(next) = lessons.get(index + 1) {
        links.push(format!(
            "[{} →](../{}/index.html)",
            next.heading(),
            next.crate_name()
        ));
    }
    let last = links.len() - 1;
    links
        .into_iter()
        .enumerate()
        .map(|(i, link)| {
            if i == last {
                format!("//! {link}")
            } else {
                format!("//! {link} ·")
            }
        })
        .collect()
}

/// Everything wrong with one chapter's text.
fn problems(text: &str, context: &Context<'_>) -> Vec<String> {
    let lesson = &context.lessons[context.index];
    let mut problems = Vec::new();
    let lines: Vec<&str> = text.lines().collect();

    // §1: title, then the objectives as a block quote.
    let title = format!("//! # {}", lesson.heading());
    if lines.first() != Some(&title.as_str()) {
        problems.push(format!("line 1 must be `{title}`"));
    }
    problems.extend(objectives_problems(&lines));

    // §7: the doc comment ends with Exercises, `---` and the footer.
    let Some(last_doc) = lines.iter().rposition(|line| line.starts_with("//!")) else {
        problems.push("no `//!` chapter text".to_owned());
        return problems;
    };
    if lines[last_doc..]
        .iter()
        .any(|line| line.starts_with("#![doc"))
    {
        problems.push(
            "a `#![doc = ...]` comes after the footer: the footer must end the chapter".to_owned(),
        );
    }
    let doc: Vec<&str> = lines[..=last_doc]
        .iter()
        .copied()
        .filter(|line| line.starts_with("//!"))
        .collect();
    let footer = expected_footer(context.lessons, context.index);
    let tail_start = doc.len().saturating_sub(footer.len() + 4);
    let tail = &doc[tail_start..];
    let expected_tail: Vec<String> = ["//!", "//! ---", "//!"]
        .iter()
        .map(|line| (*line).to_owned())
        .chain(footer.iter().cloned())
        .collect();
    if tail.len() < expected_tail.len() || tail[1..] != expected_tail[..] {
        problems.push(format!(
            "the chapter must end with\n{}\nbut ends with\n{}",
            expected_tail.join("\n"),
            doc[doc.len().saturating_sub(expected_tail.len())..].join("\n")
        ));
        return problems;
    }
    let Some(heading) = doc.iter().rposition(|line| line.starts_with("//! ## ")) else {
        problems.push("no `## Exercises` section".to_owned());
        return problems;
    };
    if doc[heading] != "//! ## Exercises" {
        problems.push(format!(
            "the last section must be `## Exercises`, found `{}`",
            doc[heading]
        ));
        return problems;
    }
    let body = &doc[heading + 1..=tail_start];
    problems.extend(exercises_problems(body, context));
    problems.extend(gallery_link_problems(text));
    problems
}

/// The objectives block right under the title: "You will be able to", then
/// "The one idea".
fn objectives_problems(lines: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let quote: Vec<&str> = lines
        .iter()
        .skip(2)
        .map_while(|line| line.strip_prefix("//! >"))
        .collect();
    if lines.get(1) != Some(&"//!") || quote.is_empty() {
        problems.push(
            "right under the title: `//!`, then the objectives as a `//! > ` block quote"
                .to_owned(),
        );
        return problems;
    }
    let Some(gap) = quote.iter().position(|line| line.trim().is_empty()) else {
        problems.push("the objectives need two paragraphs, separated by `//! >`".to_owned());
        return problems;
    };
    let (able, idea) = (&quote[..gap], &quote[gap + 1..]);
    for (paragraph, label) in [
        (able, "**You will be able to:** "),
        (idea, "**The one idea:** "),
    ] {
        let starts = paragraph
            .first()
            .and_then(|line| line.strip_prefix(' ')?.strip_prefix(label))
            .is_some_and(|rest| !rest.trim().is_empty());
        if !starts {
            problems.push(format!(
                "an objectives paragraph must start with `//! > {label}` and text"
            ));
        }
        if paragraph.iter().any(|line| line.trim().is_empty()) {
            problems.push(format!("the paragraph `{label}` must be one paragraph"));
        }
    }
    if lines
        .get(2 + quote.len())
        .is_some_and(|line| *line != "//!")
    {
        problems.push("the objectives block must be followed by a blank `//!` line".to_owned());
    }
    problems
}

/// The Exercises section: one sentence, then the lesson's exercises as
/// `exercises/...` bullets, or "This lesson's exercises are being written."
fn exercises_problems(body: &[&str], context: &Context<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    let text: Vec<&str> = body
        .iter()
        .map(|line| line.strip_prefix("//!").unwrap_or(line).trim())
        .filter(|line| !line.is_empty())
        .collect();
    let bullets: Vec<&str> = text
        .iter()
        .copied()
        .filter(|line| line.starts_with("- ") || line.starts_with("* "))
        .collect();
    let mut listed = BTreeSet::new();
    for bullet in &bullets {
        let Some(path) = bullet
            .split('`')
            .skip(1)
            .step_by(2)
            .find(|code| code.starts_with("exercises/"))
        else {
            problems.push(format!(
                "an exercise bullet must name an `exercises/...` path: {bullet}"
            ));
            continue;
        };
        if let Some(root) = context.root
            && path.ends_with(".rs")
            && !root.join(path).is_file()
        {
            problems.push(format!("`{path}` does not exist"));
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        listed.insert(name.strip_suffix(".rs").unwrap_or(name).to_owned());
    }
    let being_written = text.contains(&"This lesson's exercises are being written.");
    if context.exercises.is_empty() {
        if !being_written || !bullets.is_empty() {
            problems.push(
                "info.toml assigns no exercise to this lesson: the section must say \
                 \"This lesson's exercises are being written.\" and list none"
                    .to_owned(),
            );
        }
    } else {
        if being_written {
            problems
                .push("says the exercises are being written, but info.toml has some".to_owned());
        }
        if text
            .first()
            .is_none_or(|first| first.starts_with("- ") || first.starts_with("* "))
        {
            problems.push("the section must open with a sentence before its list".to_owned());
        }
        if listed != context.exercises {
            problems.push(format!(
                "lists the exercises {listed:?}, but info.toml assigns {:?}",
                context.exercises
            ));
        }
    }
    problems
}

/// A chapter that cites `compile_fail/<name>.rs` links to `#<name>` on the front page.
fn gallery_link_problems(text: &str) -> Vec<String> {
    let mut cited = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find("compile_fail/") {
        rest = &rest[start + "compile_fail/".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && rest[name.len()..].starts_with(".rs") {
            cited.insert(name);
        }
    }
    cited
        .into_iter()
        .filter(|name| !text.contains(&format!("](../iterate_and_mutate/index.html#{name})")))
        .map(|name| {
            format!(
                "cites `compile_fail/{name}.rs` without linking its gallery entry \
                 `../iterate_and_mutate/index.html#{name}`"
            )
        })
        .collect()
}

#[test]
fn every_chapter_has_its_objectives_exercises_and_footer() {
    let lessons = course::lessons(root());
    assert!(lessons.len() >= 9, "lessons/ lost its lessons");
    let info = fs::read_to_string(root().join("exercises/info.toml")).expect("exercises/info.toml");
    let mut all = Vec::new();
    for (index, lesson) in lessons.iter().enumerate() {
        let path = root()
            .join("lessons")
            .join(lesson.package())
            .join("src/lib.rs");
        let text = fs::read_to_string(&path).expect("a chapter");
        let context = Context {
            lessons: &lessons,
            index,
            exercises: assigned_exercises(&info, lesson),
            root: Some(root()),
        };
        for problem in problems(&text, &context) {
            all.push(format!(
                "lessons/{}/src/lib.rs: {problem}",
                lesson.package()
            ));
        }
    }
    assert!(all.is_empty(), "\n{}\n", all.join("\n\n"));
}

// ---------------------------------------------------------------------------
// The checker, on sample chapters.

fn sample_lessons() -> Vec<Lesson> {
    [
        "why the compiler says no",
        "collect the keys first",
        "filter before you collect",
    ]
    .iter()
    .enumerate()
    .map(|(i, title)| Lesson {
        number: format!("{i:02}"),
        title: (*title).to_owned(),
    })
    .collect()
}

fn context(lessons: &[Lesson], index: usize, exercises: &[&str]) -> Context<'static> {
    Context {
        lessons: Box::leak(lessons.to_vec().into_boxed_slice()),
        index,
        exercises: exercises.iter().map(|name| (*name).to_owned()).collect(),
        root: None,
    }
}

/// A chapter of lesson 01 that follows the conventions.
const GOOD: &str = "//! # Lesson 01: collect the keys first
//!
//! > **You will be able to:** collect a map's keys, then change the map
//! > by key.
//! >
//! > **The one idea:** the borrow ends when `collect` returns.
//!
//! ## The fix
//!
//! Text citing [`compile_fail/index_assign.rs`](../iterate_and_mutate/index.html#index_assign).
#![doc = concat!(\"```text\\n\", include_str!(\"../../../compile_fail/index_assign.stderr\"), \"```\")]
//!
//! ## Exercises
//!
//! Practise collecting keys:
//!
//! - `exercises/exercises/lesson01/l01_award_bonus.rs`: the bonus loop;
//! - `exercises/exercises/lesson01/l01_index_assign.rs`.
//!
//! ---
//!
//! [← Lesson 00: why the compiler says no](../lesson_00/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 02: filter before you collect →](../lesson_02/index.html)
#![forbid(unsafe_code)]

/// A function.
pub fn f() {}
";

fn check(text: &str, index: usize, exercises: &[&str]) -> Vec<String> {
    problems(text, &context(&sample_lessons(), index, exercises))
}

#[test]
fn a_chapter_that_follows_the_conventions_passes() {
    assert_eq!(
        check(GOOD, 1, &["l01_award_bonus", "l01_index_assign"]),
        Vec::<String>::new()
    );
}

#[test]
fn the_first_and_last_lessons_have_one_side_of_the_footer() {
    let first = GOOD
        .replace(
            "Lesson 01: collect the keys first",
            "Lesson 00: why the compiler says no",
        )
        .replace(
            "//! [← Lesson 00: why the compiler says no](../lesson_00/index.html) ·\n",
            "",
        )
        .replace(
            "[Lesson 02: filter before you collect →](../lesson_02/index.html)",
            "[Lesson 01: collect the keys first →](../lesson_01/index.html)",
        );
    assert_eq!(
        check(&first, 0, &["l01_award_bonus", "l01_index_assign"]),
        Vec::<String>::new()
    );
    let last = GOOD
        .replace(
            "Lesson 01: collect the keys first",
            "Lesson 02: filter before you collect",
        )
        .replace(
            "//! [← Lesson 00: why the compiler says no](../lesson_00/index.html)",
            "//! [← Lesson 01: collect the keys first](../lesson_01/index.html)",
        )
        .replace(
            " ·\n//! [Lesson 02: filter before you collect →](../lesson_02/index.html)",
            "",
        );
    assert_eq!(
        check(&last, 2, &["l01_award_bonus", "l01_index_assign"]),
        Vec::<String>::new()
    );
}

#[test]
fn each_broken_convention_is_reported() {
    let exercises = ["l01_award_bonus", "l01_index_assign"];
    let cases: &[(&str, &str, &str)] = &[
        (
            "# Lesson 01: collect the keys first",
            "# Lesson 01: Collect keys",
            "line 1 must be",
        ),
        (
            "//! > **The one idea:**",
            "//! > **The idea:**",
            "**The one idea:**",
        ),
        (
            "//! >\n//! > **The one idea",
            "//! > **The one idea",
            "two paragraphs",
        ),
        (
            "[← Lesson 00: why the compiler says no]",
            "[← Lesson 00: why the compiler refuses]",
            "must end with",
        ),
        (
            " ·\n//! [Lesson 02: filter before you collect →](../lesson_02/index.html)",
            "",
            "must end with",
        ),
        (
            "../lesson_02/index.html",
            "../lesson-02/index.html",
            "must end with",
        ),
        ("//! ## Exercises", "//! ## Practice", "`## Exercises`"),
        (
            "//! - `exercises/exercises/lesson01/l01_index_assign.rs`.\n",
            "",
            "info.toml assigns",
        ),
        (
            "//! Practise collecting keys:\n//!\n",
            "",
            "open with a sentence",
        ),
        (
            "#![forbid(unsafe_code)]",
            "#![doc = \"late\"]\n#![forbid(unsafe_code)]",
            "comes after the footer",
        ),
        (
            "](../iterate_and_mutate/index.html#index_assign)",
            "](index_assign)",
            "without linking its gallery entry",
        ),
    ];
    for (from, to, says) in cases {
        assert!(GOOD.contains(from), "sample lacks {from:?}");
        let broken = GOOD.replacen(from, to, 1);
        let found = check(&broken, 1, &exercises);
        assert!(
            found.iter().any(|problem| problem.contains(says)),
            "changing {from:?} to {to:?} should report {says:?}, found {found:?}"
        );
    }
}

#[test]
fn a_lesson_without_exercises_says_they_are_being_written() {
    let without = GOOD.replace(
        "//! Practise collecting keys:\n//!\n//! - `exercises/exercises/lesson01/l01_award_bonus.rs`: the bonus loop;\n//! - `exercises/exercises/lesson01/l01_index_assign.rs`.\n",
        "//! This lesson's exercises are being written.\n",
    );
    assert_eq!(check(&without, 1, &[]), Vec::<String>::new());
    // ... but not when info.toml has some, and a list is wrong when it has none.
    assert!(!check(&without, 1, &["l01_award_bonus"]).is_empty());
    assert!(!check(GOOD, 1, &[]).is_empty());
}

#[test]
fn info_toml_is_read_per_lesson_folder() {
    let info = r#"
format_version = 1
[[exercises]]
name = "l01_a"
dir = "lesson01"
hint = """
name = "not_an_exercise"
dir = "lesson01"
"""
[[exercises]]
name = "l02_b"
dir = "lesson02"
"#;
    let lessons = sample_lessons();
    assert_eq!(
        assigned_exercises(info, &lessons[1]),
        BTreeSet::from(["l01_a".to_owned()])
    );
    assert!(assigned_exercises(info, &lessons[0]).is_empty());
}

#[test]
fn the_real_exercise_list_matches_the_stub_folders() {
    // info.toml and exercises/exercises/lessonNN/ agree, so the chapters'
    // lists can be checked against either.
    let info = fs::read_to_string(root().join("exercises/info.toml")).expect("exercises/info.toml");
    for lesson in course::lessons(root()) {
        let dir = root()
            .join("exercises/exercises")
            .join(format!("lesson{}", lesson.number));
        let stubs: BTreeSet<String> = course::list_dir(&dir)
            .iter()
            .filter_map(|path| Some(path.file_stem()?.to_string_lossy().into_owned()))
            .collect();
        assert_eq!(
            assigned_exercises(&info, &lesson),
            stubs,
            "{}",
            lesson.package()
        );
    }
}

// ---------------------------------------------------------------- crate skeleton

/// What is wrong with lesson `number`'s crate: `manifest` is its Cargo.toml,
/// `file` reads one of its files by relative path.
fn skeleton_problems(
    number: &str,
    manifest: &str,
    file: &dyn Fn(&str) -> Option<String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let lines: Vec<&str> = manifest.lines().map(str::trim).collect();
    let mut want = |ok: bool, what: &str| {
        if !ok {
            problems.push(format!("lesson-{number}: {what}"));
        }
    };
    want(
        lines.contains(&format!("name = \"lesson-{number}\"").as_str()),
        "Cargo.toml: `name = \"lesson-NN\"`",
    );
    want(
        lines
            .windows(2)
            .any(|w| w == ["[lints]", "workspace = true"]),
        "Cargo.toml: `[lints] workspace = true` (the workspace's lints, unsafe_code forbidden)",
    );
    want(
        !lines
            .iter()
            .any(|l| l.starts_with("[dependencies") || l.starts_with("[target.")),
        "Cargo.toml: no runtime dependency (a lesson uses std only)",
    );
    want(
        lines.windows(2).any(|w| {
            w[0] == format!("name = \"playground-{number}\"")
                && w[1] == "path = \"examples/playground.rs\""
        }),
        "Cargo.toml: `[[example]] name = \"playground-NN\"`, `path = \"examples/playground.rs\"`",
    );
    want(
        file("examples/playground.rs").is_some(),
        "examples/playground.rs (the chapter's main example)",
    );
    want(
        file("tests/output.rs").is_some_and(|test| {
            test.contains(&format!(
                "testkit::story(env!(\"CARGO_BIN_EXE_lesson-{number}\"))"
            ))
        }),
        "tests/output.rs snapshots `testkit::story(env!(\"CARGO_BIN_EXE_lesson-NN\"))`",
    );
    want(
        file("tests/properties.rs").is_some_and(|test| test.contains("proptest!")),
        "tests/properties.rs, with proptest's `proptest!`",
    );
    problems
}

#[test]
fn every_lesson_crate_has_the_skeleton() {
    let mut problems = Vec::new();
    for lesson in course::lessons(root()) {
        let dir = root()
            .join("lessons")
            .join(format!("lesson-{}", lesson.number));
        let manifest = fs::read_to_string(dir.join("Cargo.toml")).expect("a Cargo.toml");
        let file = |path: &str| fs::read_to_string(dir.join(path)).ok();
        problems.extend(skeleton_problems(&lesson.number, &manifest, &file));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn a_crate_without_the_skeleton_is_reported() {
    let good = "[package]\nname = \"lesson-42\"\n\n[lints]\nworkspace = true\n\n\
                [dev-dependencies]\ninsta.workspace = true\n\n[[example]]\n\
                name = \"playground-42\"\npath = \"examples/playground.rs\"\n";
    let all = |path: &str| match path {
        "tests/output.rs" => Some("testkit::story(env!(\"CARGO_BIN_EXE_lesson-42\"))".to_owned()),
        "tests/properties.rs" => Some("proptest! {}".to_owned()),
        _ => Some(String::new()),
    };
    assert_eq!(skeleton_problems("42", good, &all), Vec::<String>::new());
    let bad = good
        .replace("[lints]", "[lint]")
        .replace("playground-42", "playground")
        + "[dependencies]\nrand = \"0.9\"\n";
    let none = |_: &str| None;
    let found = skeleton_problems("42", &bad, &none);
    for what in [
        "[lints]",
        "no runtime dependency",
        "[[example]]",
        "examples/playground.rs",
        "tests/output.rs",
        "tests/properties.rs",
    ] {
        assert!(
            found.iter().any(|p| p.contains(what)),
            "{what} not reported: {found:?}"
        );
    }
    assert_eq!(found.len(), 6);
}
