//! The classroom material, checked against the course it describes.
//!
//! - `HANDOUT.md` is generated from README.md's "Which tool for which job"
//!   table and its "Read all the labels" paragraph, and from the pinned
//!   diagnostic it shows: the handout cannot say something the README does not.
//! - `TEACHING.md` quotes every chapter's objectives (a generated region), and
//!   its lesson plans' minutes are recomputed from the chapters' word counts
//!   and the exercise budgets it states; every exercise it sets uses only the
//!   lessons read before it; the full path reads every lesson and sets every
//!   exercise once.
//! - The exit quiz's answer key names, for each answer, the README matrix row
//!   it comes from: the tool must be in that row and the lesson must be that
//!   row's, so the quiz and the matrix cannot disagree.
//! - The live-demo commands print the pinned diagnostics; `STUDENTS.md` quotes
//!   what the setup check really prints; every relative link resolves.
//!
//! After a deliberate change to the README or a chapter, regenerate what is
//! generated and read the diff:
//!
//! ```sh
//! UPDATE_TEACHING=1 cargo test --test teaching
//! git diff HANDOUT.md TEACHING.md
//! ```

#![allow(
    clippy::arithmetic_side_effects,
    reason = "index, word and minute arithmetic on small text files cannot overflow a usize"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use testkit::rustc::{Rustc, wording_is_pinned};

/// Set to rewrite HANDOUT.md and TEACHING.md's generated parts.
const UPDATE: &str = "UPDATE_TEACHING";

/// The reading speed the lesson plans assume for technical prose.
const WORDS_PER_MINUTE: usize = 150;

/// No chapter may take longer than this to read (README.md's lesson table
/// gives each one's time): a longer chapter is split or trimmed.
const CHAPTER_BUDGET_MINUTES: usize = 15;

/// The 2-hour lab must fit in this many minutes, and so must each session of
/// the full path.
const SESSION_MINUTES: usize = 120;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

// ---------------------------------------------------------------- Markdown

/// The lines of `doc` under the heading line `heading` (exactly), up to the
/// next heading of the same or a higher level.
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let level = heading.chars().take_while(|&c| c == '#').count();
    let start = doc
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no heading {heading:?}"))
        + heading.len()
        + 2;
    let rest = &doc[start..];
    let end = rest
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| {
            let hashes = rest[i..].chars().take_while(|&c| c == '#').count();
            (1..=level).contains(&hashes) && rest[i..].chars().nth(hashes) == Some(' ')
        })
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The cells of a table row, split on `|` but not on `\|` (a pipe inside a
/// code span is escaped in GitHub's tables); cells are trimmed, not unescaped.
fn cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    let mut out = vec![String::new()];
    let mut escaped = false;
    for c in inner.chars() {
        if c == '|' && !escaped {
            out.push(String::new());
        } else {
            out.last_mut().expect("one cell at least").push(c);
        }
        escaped = c == '\\';
    }
    out.iter().map(|cell| cell.trim().to_owned()).collect()
}

/// The first table in `text`: its header row and its body rows, as cells.
fn first_table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut lines = text
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'));
    let header = cells(lines.next().expect("a table"));
    let separator = lines.next().expect("a table has a separator row");
    assert!(
        separator.chars().all(|c| "|-: ".contains(c)),
        "not a separator row: {separator}"
    );
    (header, lines.map(cells).collect())
}

/// The contents of the code spans of `text`, in order.
fn code_spans(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(|span| span.replace("\\|", "|"))
        .collect()
}

/// `[07](lessons/...)` -> `07`; any other text is returned trimmed.
fn link_text(cell: &str) -> &str {
    cell.strip_prefix('[')
        .and_then(|rest| rest.split(']').next())
        .unwrap_or(cell)
        .trim()
}

/// `text` without its parenthesised asides: each `(...)` outside a code
/// span, with the space before it; parentheses inside code spans, and code
/// spans inside an aside, are handled.
fn without_asides(text: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    let mut depth = 0_usize;
    for c in text.chars() {
        if c == '`' {
            in_code = !in_code;
        } else if !in_code && c == '(' {
            if depth == 0 && out.ends_with(' ') {
                out.pop();
            }
            depth += 1;
            continue;
        } else if !in_code && c == ')' && depth > 0 {
            depth -= 1;
            continue;
        }
        if depth == 0 {
            out.push(c);
        }
    }
    out
}

/// The paragraph of `doc` that starts with `start` (up to the blank line).
fn paragraph<'a>(doc: &'a str, start: &str) -> &'a str {
    let from = doc
        .find(&format!("\n{start}"))
        .unwrap_or_else(|| panic!("no paragraph starting {start:?}"))
        + 1;
    let rest = &doc[from..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

/// Compares a generated file (or region) with what it should be; under
/// `UPDATE_TEACHING=1` writes it instead.
fn check_generated(path: &str, actual: &str, expected: &str) {
    if actual == expected {
        return;
    }
    if std::env::var_os(UPDATE).is_some() {
        fs::write(path, expected).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
        eprintln!("{path} regenerated: read `git diff {path}` before committing");
        return;
    }
    let first_difference = actual
        .lines()
        .zip(expected.lines())
        .position(|(a, e)| a != e)
        .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
    panic!(
        "{path} is out of date (first difference at line {}):\n  has:    {:?}\n  should: {:?}\n\
         Regenerate it with `{UPDATE}=1 cargo test --test teaching`, then read `git diff {path}`.",
        first_difference + 1,
        actual
            .lines()
            .nth(first_difference)
            .unwrap_or("<end of file>"),
        expected
            .lines()
            .nth(first_difference)
            .unwrap_or("<end of file>"),
    );
}

/// `doc` with the region `name` (between its begin and end markers) replaced
/// by `body`.
fn with_region(doc: &str, name: &str, body: &str) -> String {
    let begin = format!("<!-- begin {name}: generated by tests/teaching.rs -->\n");
    let end = format!("<!-- end {name} -->");
    let start = doc
        .find(&begin)
        .unwrap_or_else(|| panic!("TEACHING.md has no line {begin:?}"))
        + begin.len();
    let stop = doc[start..]
        .find(&end)
        .unwrap_or_else(|| panic!("TEACHING.md has no line {end:?}"))
        + start;
    format!("{}{body}{}", &doc[..start], &doc[stop..])
}

/// `1503` -> `1 503`: the course writes large numbers with a space.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

// ---------------------------------------------------------------- chapters

/// One lesson's chapter, as TEACHING.md uses it.
#[derive(Debug)]
struct Chapter {
    /// `00`, `01`, ...
    number: String,
    /// The `# Lesson NN: <title>` heading, without the `# `.
    heading: String,
    /// The objectives block quote (`> ...` lines), if the chapter has one.
    objectives: Option<String>,
    /// Words of prose (see [`prose_words`]).
    words: usize,
}

/// The chapter's words of prose: `//!` lines outside code fences, without
/// HTML comments, counting the tokens that hold a letter or a digit. Code,
/// included code and diagnostics (pinned `.stderr` files, examples) and
/// markers do not count; an included Markdown page
/// (`#![doc = include_str!("....md")]`, such as lesson 00's "elsewhere") is
/// part of the chapter and counts as its `//!` lines would.
fn chapter_words(dir: &Path, source: &str) -> usize {
    let mut words = prose_words(source);
    for line in source.lines() {
        let Some(file) = line
            .trim()
            .strip_prefix("#![doc = include_str!(\"")
            .and_then(|rest| rest.strip_suffix("\")]"))
        else {
            continue;
        };
        if Path::new(file).extension().is_some_and(|ext| ext == "md") {
            let page = fs::read_to_string(dir.join("src").join(file))
                .unwrap_or_else(|e| panic!("{}: {file}: {e}", dir.display()));
            let as_doc: String = page.lines().map(|line| format!("//! {line}\n")).collect();
            words += prose_words(&as_doc);
        }
    }
    words
}

/// `//!` prose words of one source (see [`chapter_words`]).
fn prose_words(source: &str) -> usize {
    let mut in_fence = false;
    let mut words = 0;
    for line in source.lines() {
        let Some(text) = line.trim_start().strip_prefix("//!") else {
            continue;
        };
        let text = text.trim();
        if text.starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let mut visible = String::new();
        let mut rest = text;
        while let Some(open) = rest.find("<!--") {
            visible.push_str(&rest[..open]);
            rest = rest[open..]
                .find("-->")
                .map_or("", |close| &rest[open + close + 3..]);
        }
        visible.push_str(rest);
        words += visible
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .count();
    }
    words
}

fn chapters() -> Vec<Chapter> {
    let mut dirs: Vec<PathBuf> = fs::read_dir("lessons")
        .expect("lessons/ exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.join("src/lib.rs").exists())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|dir| {
            let source = fs::read_to_string(dir.join("src/lib.rs")).expect("readable chapter");
            let name = dir.file_name().expect("a name").to_string_lossy();
            let number = name.trim_start_matches("lesson-").to_owned();
            let heading = source
                .lines()
                .next()
                .and_then(|line| line.strip_prefix("//! # "))
                .unwrap_or_else(|| panic!("{name}: line 1 must be `//! # Lesson NN: <title>`"))
                .to_owned();
            let quote: Vec<&str> = source
                .lines()
                .skip(1)
                .map(|line| line.strip_prefix("//!").unwrap_or("").trim_start())
                .skip_while(|text| text.is_empty())
                .take_while(|text| text.starts_with('>'))
                .collect();
            let objectives = quote
                .first()
                .is_some_and(|first| first.starts_with("> **You will be able to:**"))
                .then(|| quote.join("\n"));
            Chapter {
                number,
                heading,
                objectives,
                words: chapter_words(dir, &source),
            }
        })
        .collect()
}

fn reading_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE)
}

// ---------------------------------------------------------------- README matrix

/// One row of README.md's "Which tool for which job" table, cells as written.
#[derive(Debug)]
struct MatrixRow {
    job: String,
    tool: String,
    lesson: String,
}

fn readme_matrix() -> (String, Vec<MatrixRow>) {
    let readme = read("README.md");
    let text = section(&readme, "## Which tool for which job");
    let intro = text
        .trim_start()
        .split("\n\n")
        .next()
        .expect("a sentence before the table")
        .replace('\n', " ");
    let (header, rows) = first_table(text);
    assert_eq!(
        header,
        ["the job", "the tool", "lesson"],
        "the matrix's columns changed"
    );
    let rows = rows
        .into_iter()
        .map(|row| {
            let [job, tool, lesson] = <[String; 3]>::try_from(row)
                .unwrap_or_else(|row| panic!("a matrix row has 3 cells: {row:?}"));
            MatrixRow {
                job,
                tool,
                lesson: link_text(&lesson).to_owned(),
            }
        })
        .collect();
    (intro, rows)
}

// ---------------------------------------------------------------- the handout

/// The handout is printed as plain text (GitHub's "Raw" view, or any editor),
/// so its lines are what the page holds: measured by printing from Chromium
/// 1.95's era (Debian's `chromium`) with its plain-text view's default
/// monospace font and margins, lines of up to 88 characters do not wrap on A4
/// or US Letter, and one page holds 69 such lines on A4 and 64 on Letter.
const HANDOUT_WIDTH: usize = 88;

/// See [`HANDOUT_WIDTH`]: the Letter page, the smaller of the two.
const HANDOUT_LINES: usize = 64;

/// `text` broken into lines of at most `width` characters at spaces (a word
/// longer than `width` gets a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// `text` up to its first `;` outside a code span: a tool's first clause,
/// without the cautions that follow it.
fn first_clause(text: &str) -> &str {
    let mut in_code = false;
    for (i, c) in text.char_indices() {
        match c {
            '`' => in_code = !in_code,
            ';' if !in_code => return &text[..i],
            _ => {}
        }
    }
    text
}

/// A matrix cell as plain text: asides dropped, code marks removed, `\|`
/// unescaped; a cell that is all aside keeps its text without the parentheses.
fn plain(cell: &str) -> String {
    let short = without_asides(cell);
    let short = if short.trim().is_empty() {
        cell.trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .to_owned()
    } else {
        short
    };
    short.replace('`', "").replace("\\|", "|").trim().to_owned()
}

/// The matrix as plain text, one row per job: `NN  job → tool` on one line
/// when it fits, else the job, then the tool on the next line(s), indented.
/// The tool is its first clause; both lose their asides.
fn matrix_as_text(rows: &[MatrixRow]) -> Vec<String> {
    let mut out = Vec::new();
    for row in rows {
        let job = plain(&row.job);
        let tool = plain(first_clause(&row.tool));
        let one_line = format!("{}  {job} → {tool}", row.lesson);
        if one_line.chars().count() <= HANDOUT_WIDTH {
            out.push(one_line);
            continue;
        }
        for (i, line) in wrap(&job, HANDOUT_WIDTH - 4).iter().enumerate() {
            let number = if i == 0 { row.lesson.as_str() } else { "" };
            out.push(format!("{number:2}  {line}"));
        }
        for (i, line) in wrap(&format!("→ {tool}"), HANDOUT_WIDTH - 6)
            .iter()
            .enumerate()
        {
            out.push(format!("{}{line}", if i == 0 { "    " } else { "      " }));
        }
    }
    out
}

/// HANDOUT.md as it must be: the README's matrix as plain text, then the
/// README's paragraph on E0502's labels. (The pinned diagnostic itself, 10
/// more lines, does not fit once lesson 11's rows are in the matrix: the
/// 2-hour lab shows it live instead.)
fn handout() -> String {
    let readme = read("README.md");
    let (_, rows) = readme_matrix();
    let labels = paragraph(&readme, "Read all the labels");
    let mut out = vec![
        "# Which tool for which job, and E0502's labels (the README has the details)".to_owned(),
        "<!-- Generated by tests/teaching.rs from README.md; do not edit: see TEACHING.md -->"
            .to_owned(),
        "```text".to_owned(),
    ];
    out.extend(matrix_as_text(&rows));
    out.push("```".to_owned());
    out.extend(wrap(labels, HANDOUT_WIDTH));
    out.iter().map(|line| format!("{line}\n")).collect()
}

#[test]
fn the_handout_is_generated_from_the_readme() {
    let expected = handout();
    let actual = fs::read_to_string("HANDOUT.md").unwrap_or_default();
    check_generated("HANDOUT.md", &actual, &expected);
}

#[test]
fn the_handout_fits_one_printed_page() {
    let handout = handout();
    let lines = handout.lines().count();
    assert!(
        lines <= HANDOUT_LINES,
        "the handout has {lines} lines, a printed page holds {HANDOUT_LINES}: \
         shorten the README's matrix rows, or change the rule in `handout()`"
    );
    let widest = handout
        .lines()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0);
    assert!(
        widest <= HANDOUT_WIDTH,
        "a handout line has {widest} characters, more than the {HANDOUT_WIDTH} a printed line holds"
    );
    let teaching = read("TEACHING.md");
    for figure in [
        format!("{HANDOUT_LINES} lines"),
        format!("{HANDOUT_WIDTH} characters"),
    ] {
        assert!(
            teaching.contains(&figure),
            "TEACHING.md must quote the handout's {figure}"
        );
    }
}

#[test]
fn text_wraps_at_spaces_and_tools_lose_their_cautions() {
    assert_eq!(wrap("one two three", 7), ["one two", "three"]);
    assert_eq!(wrap("a verylongword b", 4), ["a", "verylongword", "b"]);
    assert_eq!(wrap("", 10), Vec::<String>::new());
    assert_eq!(first_clause("`a; b` then c; never d"), "`a; b` then c");
    assert_eq!(first_clause("no caution"), "no caution");
    assert_eq!(plain("(no tool: the reason)"), "no tool: the reason");
    assert_eq!(
        plain("`map.retain(\\|k, v\\| ...)` (lesson 04)"),
        "map.retain(|k, v| ...)"
    );
}

#[test]
fn asides_are_dropped_outside_code_spans_only() {
    assert_eq!(
        without_asides("change every value (a bonus for everyone)"),
        "change every value"
    );
    assert_eq!(
        without_asides("`map.drain()` (capacity kept), then `f(x)`"),
        "`map.drain()`, then `f(x)`"
    );
    assert_eq!(
        without_asides("`a` (`get_mut` then (nested) `insert`) b"),
        "`a` b"
    );
    assert_eq!(without_asides("no aside"), "no aside");
}

// ---------------------------------------------------------------- objectives

/// TEACHING.md's objectives region as it must be: every chapter's title and
/// its "You will be able to" block, quoted exactly.
fn objectives_region(chapters: &[Chapter]) -> String {
    let mut out = String::new();
    for chapter in chapters {
        out.push_str(&format!(
            "### {} ({} words, {} min)\n\n",
            chapter.heading,
            grouped(chapter.words),
            reading_minutes(chapter.words)
        ));
        match &chapter.objectives {
            Some(block) => out.push_str(block),
            None => out.push_str(
                "*(This chapter has no objectives block yet: read its opening section.)*",
            ),
        }
        out.push_str("\n\n");
    }
    out
}

#[test]
fn word_counts_skip_code_and_comments() {
    let source = "//! # Lesson 99: a test\n//! Two words.\n//! ```\n//! let x = 1;\n//! ```\n\
                  //! 78x<!-- ratio: a/b/1 over c/d/1 --> faster — yes\n#![doc = \"x\"]\n/// not the chapter\n";
    // "#", "Lesson", "99:", "a", "test", "Two", "words.", "78x", "faster", "yes"
    assert_eq!(prose_words(source), 9);
    assert_eq!(reading_minutes(150), 1);
    assert_eq!(reading_minutes(151), 2);
    assert_eq!(grouped(1503), "1 503");
    assert_eq!(grouped(957), "957");
    assert_eq!(grouped(1_000_000), "1 000 000");
}

#[test]
fn included_markdown_pages_count_as_prose() {
    let dir = std::env::temp_dir().join(format!("teaching-words-{}", std::process::id()));
    fs::create_dir_all(dir.join("src/page")).unwrap();
    fs::write(
        dir.join("src/page/README.md"),
        "## Elsewhere\n\nThree more words.\n\n```cpp\nint x;\n```\n",
    )
    .unwrap();
    fs::write(
        dir.join("src/out.stderr"),
        "error[E0502]: many words here\n",
    )
    .unwrap();
    let source = "//! One.\n#![doc = include_str!(\"page/README.md\")]\n\
                  #![doc = concat!(\"```text\\n\", include_str!(\"out.stderr\"), \"```\")]\n";
    // "One.", then "##" has no letter: "Elsewhere", "Three", "more", "words."
    assert_eq!(chapter_words(&dir, source), 5);
    fs::remove_dir_all(&dir).unwrap();
}

// ---------------------------------------------------------------- README lessons

/// README.md's lesson table: lesson number -> its "read" cell.
fn readme_reading_times() -> BTreeMap<String, String> {
    let readme = read("README.md");
    let (header, rows) = first_table(section(&readme, "## The lessons"));
    let lesson = header
        .iter()
        .position(|h| h == "lesson")
        .expect("a lesson column");
    let read_col = header
        .iter()
        .position(|h| h == "read")
        .expect("README.md's lesson table has a `read` column (minutes)");
    rows.iter()
        .map(|row| {
            let number = link_text(&row[lesson])
                .trim_start_matches("lesson-")
                .to_owned();
            (number, row[read_col].clone())
        })
        .collect()
}

#[test]
fn the_readme_gives_each_chapter_its_reading_time_within_budget() {
    let chapters = chapters();
    let readme = readme_reading_times();
    let expected: BTreeMap<String, String> = chapters
        .iter()
        .map(|c| {
            (
                c.number.clone(),
                format!("{} min", reading_minutes(c.words)),
            )
        })
        .collect();
    if std::env::var_os(UPDATE).is_some() && readme != expected {
        let mut text = read("README.md");
        for (number, minutes) in &expected {
            let old = readme.get(number).cloned().unwrap_or_default();
            let start = text
                .find(&format!("| [lesson-{number}]("))
                .expect("a row per lesson");
            let end = start + text[start..].find('\n').unwrap();
            let row = text[start..end].to_owned();
            let fixed = row.replacen(&format!("| {old} |"), &format!("| {minutes} |"), 1);
            text.replace_range(start..end, &fixed);
        }
        fs::write("README.md", text).unwrap();
    } else {
        assert_eq!(
            readme, expected,
            "README.md's `read` column is each chapter's prose at {WORDS_PER_MINUTE} words a \
             minute, rounded up (run with {UPDATE}=1 to rewrite it, then read the diff)"
        );
    }
    for chapter in &chapters {
        let minutes = reading_minutes(chapter.words);
        assert!(
            minutes <= CHAPTER_BUDGET_MINUTES,
            "{}: {minutes} min to read ({} words) is past the budget of \
             {CHAPTER_BUDGET_MINUTES} min: split or trim the chapter",
            chapter.heading,
            chapter.words
        );
    }
}

// ---------------------------------------------------------------- exercises

/// exercises/README.md's table: name -> (kind, lessons it uses).
fn exercise_table() -> BTreeMap<String, (String, BTreeSet<String>)> {
    let text = read("exercises/README.md");
    let (header, rows) = first_table(section(&text, "## The exercises"));
    assert_eq!(
        header[..3],
        ["exercise", "lessons it uses", "kind"],
        "exercises/README.md's table changed its columns"
    );
    rows.into_iter()
        .map(|row| {
            let name = code_spans(&row[0]).concat();
            let kind = row[2].split(" (").next().unwrap_or_default().to_owned();
            (name, (kind, lesson_range(&row[1])))
        })
        .collect()
}

/// `00 to 02` -> {00, 01, 02}; `01, 03` -> {01, 03}; `04` -> {04}.
fn lesson_range(text: &str) -> BTreeSet<String> {
    if let Some((from, to)) = text.split_once(" to ") {
        let from: u32 = from.trim().parse().expect("a lesson number");
        let to: u32 = to.trim().parse().expect("a lesson number");
        (from..=to).map(|n| format!("{n:02}")).collect()
    } else {
        text.split(',').map(|n| n.trim().to_owned()).collect()
    }
}

#[test]
fn lesson_ranges_parse() {
    assert_eq!(
        lesson_range("00 to 02"),
        BTreeSet::from(["00".into(), "01".into(), "02".into()])
    );
    assert_eq!(
        lesson_range("01, 03"),
        BTreeSet::from(["01".into(), "03".into()])
    );
    assert_eq!(lesson_range("04"), BTreeSet::from(["04".into()]));
}

/// The exercise list in exercises/info.toml, in order.
fn info_toml_exercises() -> Vec<String> {
    read("exercises/info.toml")
        .lines()
        .filter_map(|line| line.strip_prefix("name = \""))
        .map(|rest| rest.trim_end_matches('"').to_owned())
        .collect()
}

#[test]
fn the_exercise_table_lists_every_exercise() {
    let table: BTreeSet<String> = exercise_table().into_keys().collect();
    let info: BTreeSet<String> = info_toml_exercises().into_iter().collect();
    assert_eq!(
        table, info,
        "exercises/README.md's table and info.toml disagree"
    );
}

// ---------------------------------------------------------------- lesson plans

/// One row of a lesson plan.
#[derive(Debug, PartialEq)]
enum Step {
    /// `Read [lesson NN](...): W words`
    Read { lesson: String, words: usize },
    /// ``Exercise `name` (kind)``
    Exercise { name: String, kind: String },
    /// Anything else: a demo, a check, the quiz; its minutes are as written.
    Other { text: String, minutes: usize },
    /// The total row.
    Total(usize),
}

/// The budget per exercise kind, from TEACHING.md's table.
fn budgets(teaching: &str) -> BTreeMap<String, usize> {
    let (header, rows) = first_table(section(teaching, "### Exercise budgets"));
    assert_eq!(header, ["kind", "minutes"]);
    rows.into_iter()
        .map(|row| (row[0].clone(), row[1].parse().expect("minutes")))
        .collect()
}

fn parse_step(cells: &[String]) -> Step {
    let [_, text, minutes] = cells else {
        panic!("a plan row has 3 cells: {cells:?}");
    };
    if text == "**total**" {
        return Step::Total(
            minutes
                .trim_matches('*')
                .parse()
                .expect("the total is a number"),
        );
    }
    if let Some(rest) = text.strip_prefix("Read [lesson ") {
        let lesson = rest.get(..2).expect("a lesson number").to_owned();
        let words = rest
            .split("): ")
            .nth(1)
            .and_then(|w| w.strip_suffix(" words"))
            .unwrap_or_else(|| panic!("`Read [lesson NN](...): W words`, found {text:?}"))
            .replace(' ', "")
            .parse()
            .expect("a word count");
        return Step::Read { lesson, words };
    }
    if let Some(rest) = text.strip_prefix("Exercise `") {
        let (name, kind) = rest
            .split_once("` (")
            .unwrap_or_else(|| panic!("``Exercise `name` (kind)``, found {text:?}"));
        return Step::Exercise {
            name: name.to_owned(),
            kind: kind.trim_end_matches(')').to_owned(),
        };
    }
    Step::Other {
        text: text.clone(),
        minutes: minutes.parse().expect("minutes"),
    }
}

/// One plan: its steps and what each should cost.
struct Plan {
    heading: String,
    steps: Vec<Step>,
}

/// Every plan in TEACHING.md: the tables under `### ` headings inside the
/// "## The 2-hour lab" and "## The full course" sections.
fn plans(teaching: &str) -> Vec<Plan> {
    let mut out = Vec::new();
    for part in ["## The 2-hour lab", "## The full course"] {
        let text = section(teaching, part);
        for chunk in text.split("\n### ").skip(1) {
            let heading = chunk.lines().next().unwrap_or_default().to_owned();
            if !chunk.contains("\n| # | step | minutes |") {
                continue;
            }
            let (_, rows) = first_table(chunk);
            out.push(Plan {
                heading,
                steps: rows.iter().map(|row| parse_step(row)).collect(),
            });
        }
    }
    out
}

/// A plan's table rendered with the minutes (and word counts) they must have.
fn render_plan(steps: &[Step], chapters: &[Chapter], budgets: &BTreeMap<String, usize>) -> String {
    let words: BTreeMap<&str, usize> = chapters
        .iter()
        .map(|c| (c.number.as_str(), c.words))
        .collect();
    let mut out = String::from("| # | step | minutes |\n|---:|---|---:|\n");
    let mut total = 0;
    for (i, step) in steps
        .iter()
        .filter(|s| !matches!(s, Step::Total(_)))
        .enumerate()
    {
        let (text, minutes) = match step {
            Step::Read { lesson, .. } => {
                let w = *words
                    .get(lesson.as_str())
                    .unwrap_or_else(|| panic!("no lessons/lesson-{lesson}"));
                (
                    format!(
                        "Read [lesson {lesson}](lessons/lesson-{lesson}/src/lib.rs): {} words",
                        grouped(w)
                    ),
                    reading_minutes(w),
                )
            }
            Step::Exercise { name, kind } => (
                format!("Exercise `{name}` ({kind})"),
                *budgets
                    .get(kind)
                    .unwrap_or_else(|| panic!("no budget for the kind {kind:?}")),
            ),
            Step::Other { text, minutes } => (text.clone(), *minutes),
            Step::Total(_) => unreachable!("filtered out"),
        };
        total += minutes;
        out.push_str(&format!("| {} | {text} | {minutes} |\n", i + 1));
    }
    out.push_str(&format!("| | **total** | **{total}** |\n"));
    out
}

fn plan_total(plan: &Plan) -> usize {
    plan.steps
        .iter()
        .find_map(|s| match s {
            Step::Total(t) => Some(*t),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{}: no total row", plan.heading))
}

/// One test for both generated parts of TEACHING.md, so that
/// `UPDATE_TEACHING=1` writes the file once: the objectives quoted from every
/// chapter, and each plan's word counts and minutes.
#[test]
fn teaching_quotes_the_chapters_and_its_minutes_add_up() {
    let teaching = read("TEACHING.md");
    let chapters = chapters();
    let budgets = budgets(&teaching);
    let mut expected = with_region(&teaching, "objectives", &objectives_region(&chapters));
    for plan in plans(&teaching) {
        let chunk = section(&teaching, &format!("### {}", plan.heading));
        let table: String = chunk
            .lines()
            .skip_while(|line| !line.starts_with('|'))
            .take_while(|line| line.starts_with('|'))
            .map(|line| format!("{line}\n"))
            .collect();
        let rendered = render_plan(&plan.steps, &chapters, &budgets);
        expected = expected.replacen(&table, &rendered, 1);
    }
    check_generated("TEACHING.md", &teaching, &expected);
}

#[test]
fn every_plan_fits_its_session_and_sets_exercises_after_their_lessons() {
    let teaching = read("TEACHING.md");
    let exercises = exercise_table();
    let plans = plans(&teaching);
    assert!(
        plans.len() >= 2,
        "the 2-hour lab and the full course's sessions"
    );
    let mut full_read = Vec::new();
    let mut full_set = Vec::new();
    for plan in &plans {
        let total = plan_total(plan);
        assert!(
            total <= SESSION_MINUTES,
            "{}: {total} minutes, more than {SESSION_MINUTES}",
            plan.heading
        );
        let in_full_course = !plan.heading.starts_with("The 2-hour lab");
        let mut read_so_far: BTreeSet<String> = if in_full_course {
            full_read.iter().cloned().collect()
        } else {
            BTreeSet::new()
        };
        for step in &plan.steps {
            match step {
                Step::Read { lesson, .. } => {
                    read_so_far.insert(lesson.clone());
                    if in_full_course {
                        full_read.push(lesson.clone());
                    }
                }
                Step::Exercise { name, kind } => {
                    let (table_kind, uses) = exercises
                        .get(name)
                        .unwrap_or_else(|| panic!("{}: no exercise `{name}`", plan.heading));
                    assert_eq!(kind, table_kind, "{}: `{name}`'s kind", plan.heading);
                    let missing: Vec<&String> = uses.difference(&read_so_far).collect();
                    assert!(
                        missing.is_empty(),
                        "{}: `{name}` uses lessons {missing:?}, not read before it",
                        plan.heading
                    );
                    if in_full_course {
                        full_set.push(name.clone());
                    }
                }
                Step::Other { .. } | Step::Total(_) => {}
            }
        }
    }
    let lessons: Vec<String> = chapters().into_iter().map(|c| c.number).collect();
    assert_eq!(
        full_read, lessons,
        "the full course reads every lesson once, in order"
    );
    let mut set_sorted = full_set.clone();
    set_sorted.sort();
    set_sorted.dedup();
    assert_eq!(
        set_sorted.len(),
        full_set.len(),
        "an exercise set twice: {full_set:?}"
    );
    let all: Vec<String> = exercises.into_keys().collect();
    assert_eq!(set_sorted, all, "the full course sets every exercise");
}

#[test]
fn the_core_exercises_are_the_2_hour_labs() {
    let teaching = read("TEACHING.md");
    let plans = plans(&teaching);
    let lab: BTreeSet<String> = lab_steps(&plans)
        .filter_map(|s| match s {
            Step::Exercise { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    let listed = |label: &str| -> BTreeSet<String> {
        let line = section(&teaching, "## Core and extra exercises")
            .lines()
            .find(|line| line.starts_with(label))
            .unwrap_or_else(|| panic!("no line starting {label:?}"))
            .to_owned();
        code_spans(&line).into_iter().collect()
    };
    assert!(!lab.is_empty());
    assert_eq!(
        listed("- **Core**"),
        lab,
        "the core list is the 2-hour lab's exercises"
    );
    let all: BTreeSet<String> = exercise_table().into_keys().collect();
    let extra: BTreeSet<String> = all.difference(&lab).cloned().collect();
    assert_eq!(
        listed("- **Extra**"),
        extra,
        "the extra list is every other exercise"
    );
    // TEACHING.md says no Rustlings quiz fits the lab: each uses a lesson it skips.
    let lab_lessons = lab_lessons(&plans);
    for (name, (kind, uses)) in exercise_table() {
        if kind == "quiz" {
            assert!(
                !uses.is_subset(&lab_lessons),
                "`{name}` uses only the lab's lessons: TEACHING.md says no quiz fits the lab"
            );
        }
    }
}

/// The steps of the 2-hour lab's plan.
fn lab_steps(plans: &[Plan]) -> impl Iterator<Item = &Step> {
    plans
        .iter()
        .filter(|p| p.heading.starts_with("The 2-hour lab"))
        .flat_map(|p| &p.steps)
}

/// The lessons the 2-hour lab reads.
fn lab_lessons(plans: &[Plan]) -> BTreeSet<String> {
    lab_steps(plans)
        .filter_map(|s| match s {
            Step::Read { lesson, .. } => Some(lesson.clone()),
            _ => None,
        })
        .collect()
}

// ---------------------------------------------------------------- the exit quiz

/// One row of the answer key.
#[derive(Debug)]
struct Answer {
    number: usize,
    tool: String,
    job: String,
    lesson: String,
    in_lab: bool,
}

fn answer_key(teaching: &str) -> Vec<Answer> {
    let (header, rows) = first_table(section(teaching, "### Answer key"));
    assert_eq!(
        header,
        [
            "#",
            "tool",
            "the matrix row (its job)",
            "lesson",
            "in the 2-hour lab"
        ]
    );
    rows.into_iter()
        .map(|row| Answer {
            number: row[0].parse().expect("a question number"),
            tool: code_spans(&row[1])
                .into_iter()
                .next()
                .unwrap_or_else(|| row[1].clone()),
            job: row[2].clone(),
            lesson: row[3].clone(),
            in_lab: match row[4].as_str() {
                "yes" => true,
                "no" => false,
                other => panic!("`yes` or `no`, found {other:?}"),
            },
        })
        .collect()
}

fn question_numbers(teaching: &str) -> Vec<usize> {
    section(teaching, "### Questions")
        .lines()
        .filter_map(|line| line.split_once(". ").and_then(|(n, _)| n.parse().ok()))
        .collect()
}

#[test]
fn the_answer_key_agrees_with_the_readme_matrix() {
    let teaching = read("TEACHING.md");
    let (_, matrix) = readme_matrix();
    let key = answer_key(&teaching);
    let mut problems = Vec::new();
    for answer in &key {
        let Some(row) = matrix.iter().find(|row| row.job == answer.job) else {
            problems.push(format!(
                "question {}: no README matrix row has the job {:?}",
                answer.number, answer.job
            ));
            continue;
        };
        let tool_cell = row.tool.replace("\\|", "|");
        if !tool_cell.contains(&answer.tool) {
            problems.push(format!(
                "question {}: the answer {:?} is not in the matrix row's tool, {tool_cell:?}",
                answer.number, answer.tool
            ));
        }
        if row.lesson != answer.lesson {
            problems.push(format!(
                "question {}: lesson {}, but the matrix row says {}",
                answer.number, answer.lesson, row.lesson
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_quiz_has_an_answer_per_question_and_covers_every_lesson_of_the_matrix() {
    let teaching = read("TEACHING.md");
    let key = answer_key(&teaching);
    let questions = question_numbers(&teaching);
    assert!(questions.len() >= 10, "at least 10 questions");
    assert_eq!(
        questions,
        (1..=questions.len()).collect::<Vec<_>>(),
        "questions 1..N"
    );
    let answered: Vec<usize> = key.iter().map(|a| a.number).collect();
    assert_eq!(answered, questions, "one answer per question, in order");
    let (_, matrix) = readme_matrix();
    let matrix_lessons: BTreeSet<&str> = matrix.iter().map(|r| r.lesson.as_str()).collect();
    let quizzed: BTreeSet<&str> = key.iter().map(|a| a.lesson.as_str()).collect();
    let missing: Vec<&&str> = matrix_lessons.difference(&quizzed).collect();
    assert!(
        missing.is_empty(),
        "no quiz question for lessons {missing:?}"
    );
}

#[test]
fn the_2_hour_lab_questions_are_the_ones_on_its_lessons() {
    let teaching = read("TEACHING.md");
    let lab_lessons = lab_lessons(&plans(&teaching));
    for answer in answer_key(&teaching) {
        assert_eq!(
            answer.in_lab,
            lab_lessons.contains(&answer.lesson),
            "question {} (lesson {}): \"in the 2-hour lab\" must say whether the lab reads its lesson",
            answer.number,
            answer.lesson
        );
    }
}

// ---------------------------------------------------------------- live demos

/// The gallery cases TEACHING.md's demo table lists, with the error it names.
fn demo_cases(teaching: &str) -> Vec<(String, String)> {
    let (header, rows) = first_table(section(teaching, "## Live demos"));
    assert_eq!(header[..2], ["case", "error"]);
    rows.into_iter()
        .map(|row| (code_spans(&row[0]).concat(), row[1].clone()))
        .collect()
}

/// rustc's output with a path into the standard library's source written as
/// trybuild writes it in the pinned files:
/// `--> /rustc/<commit>/library/core/src/x.rs:312:17` becomes `--> $RUST/core/src/x.rs`.
fn as_trybuild_writes(stderr: &str) -> String {
    stderr
        .lines()
        .map(|line| match line.split_once("--> /rustc/") {
            Some((indent, path)) => {
                let inside = path.split_once("/library/").map_or(path, |(_, p)| p);
                let file = inside.split(':').next().unwrap_or(inside);
                format!("{indent}--> $RUST/{file}\n")
            }
            None => format!("{line}\n"),
        })
        .collect()
}

#[test]
fn std_paths_are_written_as_trybuild_writes_them() {
    let rustc =
        "error[E0382]: x\n  --> /rustc/5980/library/core/src/iter/traits/collect.rs:312:17\n   |\n";
    assert_eq!(
        as_trybuild_writes(rustc),
        "error[E0382]: x\n  --> $RUST/core/src/iter/traits/collect.rs\n   |\n"
    );
}

#[test]
fn the_demo_commands_print_the_pinned_diagnostics() {
    let teaching = read("TEACHING.md");
    let demos = section(&teaching, "## Live demos");
    let command = "rustc --edition 2024 --emit=metadata --out-dir target/demo compile_fail/";
    assert!(
        demos.contains(command),
        "the demo command changed: update this test"
    );
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("rustc runs");
    let exact = wording_is_pinned(
        &version,
        "tests/teaching.rs",
        "checked the error codes only",
    );
    let cases = demo_cases(&teaching);
    assert!(!cases.is_empty());
    for (case, error) in cases {
        let source = PathBuf::from(format!("compile_fail/{case}.rs"));
        let pinned = fs::read_to_string(source.with_extension("stderr"))
            .unwrap_or_else(|e| panic!("{case}: no pinned diagnostic: {e}"));
        let first_error = pinned
            .lines()
            .find(|line| line.starts_with("error["))
            .unwrap_or_default();
        assert!(
            first_error.starts_with(&format!("error[{error}]")),
            "{case}: TEACHING.md says {error}, the pinned diagnostic says {first_error}"
        );
        let out = rustc.compile(
            &source,
            Path::new("target/demo"),
            &["--edition", "2024", "--emit=metadata"],
        );
        assert!(!out.status.success(), "{case} compiled");
        if exact {
            let shown = as_trybuild_writes(&out.stderr);
            assert!(
                shown.starts_with(&pinned),
                "{case}: the demo command prints\n{}\nbut the pinned diagnostic is\n{pinned}",
                out.stderr
            );
        } else {
            assert!(
                out.stderr.contains(&format!("error[{error}]")),
                "{}",
                out.stderr
            );
        }
    }
}

#[test]
fn every_playground_demo_is_a_declared_example() {
    let teaching = read("TEACHING.md");
    let demos = section(&teaching, "## Live demos");
    let mut found = 0;
    for piece in demos.split("--example playground-").skip(1) {
        let number = piece.get(..2).expect("a lesson number");
        let manifest = read(&format!("lessons/lesson-{number}/Cargo.toml"));
        assert!(
            manifest.contains(&format!("name = \"playground-{number}\"")),
            "lesson-{number} declares no example playground-{number}"
        );
        found += 1;
    }
    assert!(found > 0, "TEACHING.md shows a playground example");
}

// ---------------------------------------------------------------- STUDENTS.md

#[test]
fn students_md_quotes_what_the_setup_check_prints() {
    let students = read("STUDENTS.md");
    let check = section(&students, "## 3. Check it before class");
    assert!(check.contains("cargo run --offline -p lesson-00"));
    let quoted: String = check
        .split("```text\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the check's output, in a text block")
        .to_owned();
    let snapshot = read("lessons/lesson-00/tests/snapshots/output__story.snap");
    let story = snapshot
        .splitn(3, "---\n")
        .nth(2)
        .expect("an insta snapshot: header, then the story");
    assert!(
        story.starts_with(&quoted),
        "STUDENTS.md quotes\n{quoted}\nbut lesson 00's story starts\n{}",
        story
            .lines()
            .take(quoted.lines().count())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn students_md_counts_the_exercises() {
    let students = read("STUDENTS.md");
    let count = info_toml_exercises().len();
    assert!(
        students.contains(&format!("Progress: 0/{count}")),
        "STUDENTS.md must quote `Progress: 0/{count}`"
    );
    let first = info_toml_exercises()
        .into_iter()
        .next()
        .expect("an exercise");
    assert!(
        students.contains(&format!("{first}.rs")),
        "the first exercise is {first}"
    );
}

/// GitHub's anchor for a heading: lower case, spaces to `-`, punctuation
/// other than `-` and `_` dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c.to_lowercase().next().unwrap_or(c)),
            _ => None,
        })
        .collect()
}

#[test]
fn anchors_follow_githubs_rule() {
    assert_eq!(anchor("6. Do the exercises"), "6-do-the-exercises");
    assert_eq!(
        anchor("Which tool for which job"),
        "which-tool-for-which-job"
    );
    assert_eq!(anchor("For teachers"), "for-teachers");
    assert_eq!(
        anchor("Lesson 04: `retain`, remove"),
        "lesson-04-retain-remove"
    );
}

#[test]
fn every_relative_link_resolves() {
    let mut broken = Vec::new();
    for file in ["STUDENTS.md", "TEACHING.md", "HANDOUT.md", "README.md"] {
        let text = read(file);
        for piece in text.split("](").skip(1) {
            let target = piece.split(')').next().unwrap_or_default();
            if target.contains("://") {
                continue;
            }
            let (path, fragment) = target.split_once('#').unwrap_or((target, ""));
            let linked = if path.is_empty() { file } else { path };
            if !Path::new(linked).exists() {
                broken.push(format!("{file}: {target}"));
                continue;
            }
            if !fragment.is_empty() && linked.ends_with(".md") {
                let found = read(linked).lines().any(|line| {
                    line.starts_with('#') && anchor(line.trim_start_matches('#')) == fragment
                });
                if !found {
                    broken.push(format!("{file}: {target} (no such heading)"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_sends_students_and_teachers_to_their_pages() {
    let readme = read("README.md");
    let top = &readme[..readme
        .find("\n## The lessons")
        .expect("the lessons section")];
    let students = top
        .find("(STUDENTS.md)")
        .expect("the README's opening links STUDENTS.md");
    let teaching = top
        .find("(TEACHING.md)")
        .expect("the README's opening links TEACHING.md");
    assert!(students < teaching, "STUDENTS.md first, then TEACHING.md");
    let commands = section(&readme, "## Two commands");
    assert!(commands.contains("cargo run -p lesson-"), "the run command");
    assert!(commands.contains("cargo test"), "the test command");
}

/// `Cargo.lock`'s packages from a registry: what `cargo fetch` downloads.
fn registry_packages() -> Vec<(String, String)> {
    let lock = read("Cargo.lock");
    lock.split("[[package]]")
        .filter(|block| block.contains("\nsource = \"registry+"))
        .map(|block| {
            let field = |key: &str| {
                block
                    .lines()
                    .find_map(|line| line.strip_prefix(key))
                    .map(|v| v.trim_matches('"').to_owned())
                    .unwrap_or_else(|| panic!("a package without {key}: {block}"))
            };
            (field("name = "), field("version = "))
        })
        .collect()
}

#[test]
fn students_md_states_what_cargo_fetch_downloads() {
    let students = read("STUDENTS.md")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let packages = registry_packages();
    let claim = format!(
        "`cargo fetch` downloads what the course's tests use ({} crates,",
        packages.len()
    );
    assert!(
        students.contains(&claim),
        "STUDENTS.md must say {claim:?}: Cargo.lock changed, measure the download again"
    );
    // The sizes, when every crate is in Cargo's cache (CI runs `cargo fetch` first).
    let home = std::env::var_os("CARGO_HOME").map_or_else(
        || PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".cargo"),
        PathBuf::from,
    );
    let registries = |kind: &str| -> Vec<PathBuf> {
        fs::read_dir(home.join("registry").join(kind))
            .map(|dirs| dirs.map(|d| d.expect("readable entry").path()).collect())
            .unwrap_or_default()
    };
    let (caches, sources) = (registries("cache"), registries("src"));
    let downloaded: Option<u64> = packages
        .iter()
        .map(|(name, version)| {
            caches
                .iter()
                .find_map(|dir| fs::metadata(dir.join(format!("{name}-{version}.crate"))).ok())
                .map(|meta| meta.len())
        })
        .sum();
    let unpacked: Option<u64> = packages
        .iter()
        .map(|(name, version)| {
            sources
                .iter()
                .map(|dir| dir.join(format!("{name}-{version}")))
                .find(|dir| dir.is_dir())
                .map(|dir| bytes_under(&dir))
        })
        .sum();
    let mut stderr = std::io::stderr().lock();
    match (downloaded, unpacked) {
        (Some(crates), Some(files)) => {
            let claim = format!(
                "({} crates, {}, {} of files once unpacked)",
                packages.len(),
                megabytes(crates),
                megabytes(files)
            );
            assert!(
                students.contains(&claim),
                "STUDENTS.md must say {claim}: update it"
            );
        }
        _ => writeln!(
            stderr,
            "NOT COMPARED tests/teaching.rs: some crates are not in {}; \
             STUDENTS.md's download sizes were not checked",
            home.display()
        )
        .expect("can write to stderr"),
    }
}

/// `1_234_567` bytes -> `1.2 MB`.
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// The total size of the files under `dir`.
fn bytes_under(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|entry| {
                    let path = entry.expect("readable entry").path();
                    if path.is_dir() {
                        bytes_under(&path)
                    } else {
                        fs::metadata(&path).map_or(0, |meta| meta.len())
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

#[test]
fn megabytes_round_to_one_decimal() {
    assert_eq!(megabytes(12_309_788), "12.3 MB");
    assert_eq!(megabytes(12_350_000), "12.4 MB");
    assert_eq!(megabytes(999), "0.0 MB");
    assert_eq!(megabytes(75_545_450), "75.5 MB");
}

#[test]
fn students_md_installs_the_pinned_toolchain() {
    let students = read("STUDENTS.md");
    let toolchain = read("rust-toolchain.toml");
    assert!(
        toolchain.contains("channel = \"1.95.0\""),
        "the pinned channel changed"
    );
    assert!(toolchain.contains("components = [\"clippy\", \"rustfmt\"]"));
    assert!(
        !toolchain.contains("profile"),
        "rust-toolchain.toml names a profile now: STUDENTS.md's step 2 says rustup installs \
         with the student's own profile (rust-docs included by default); update it"
    );
    assert!(
        students.contains(
            "rustup toolchain install 1.95.0 --profile minimal --component clippy,rustfmt"
        )
    );
    let version = Rustc::from_env().version().expect("rustc runs");
    if wording_is_pinned(
        &version,
        "tests/teaching.rs",
        "STUDENTS.md's version line not compared",
    ) {
        assert!(
            students.contains(&format!("It must print `{version}`.")),
            "STUDENTS.md must quote `{version}`"
        );
    }
}
