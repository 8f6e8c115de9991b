//! The website's front page is made from the README and the gallery, never
//! kept by hand: `build.rs` writes it into `OUT_DIR` and this file checks what
//! it wrote (every lesson linked, every gallery case shown with its file and
//! its pinned diagnostic, every README table taken whole, no link left pointing
//! into the repository), and the markdown helpers that do the rewriting.
//!
//! The browser check (`cargo run -p site-check`) then opens the built pages.

#![allow(
    clippy::arithmetic_side_effects,
    reason = "index arithmetic within the front page's text cannot overflow a usize"
)]

mod common;

use std::fs;
use std::path::Path;

use iterate_and_mutate::site::course::Site;
use iterate_and_mutate::site::{course, markdown};

/// The front page as `build.rs` wrote it for this build.
const FRONT: &str = include_str!(concat!(env!("OUT_DIR"), "/front.md"));
/// The list of `tests/` files as `build.rs` wrote it.
const TESTS: &str = include_str!(concat!(env!("OUT_DIR"), "/tests.md"));
/// The module declarations of the website's pages.
const PAGES: &str = include_str!(concat!(env!("OUT_DIR"), "/pages.rs"));

/// The README sections the website takes, and what each must contain.
const REQUIRED_SECTIONS: &[&str] = &[
    "intro", "run", "lessons", "matrix", "gallery", "costs", "article",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn readme() -> String {
    fs::read_to_string(root().join("README.md")).expect("README.md")
}

/// Every link target in `markdown`, outside code.
fn targets(markdown: &str) -> Vec<String> {
    let found = std::cell::RefCell::new(Vec::new());
    let collect = |target: &str| {
        found.borrow_mut().push(target.to_owned());
        Some(target.to_owned())
    };
    markdown::rewrite_links(markdown, &collect);
    found.into_inner()
}

/// A table row's cells with every link replaced by its text.
fn cells_as_text(row: &[String]) -> Vec<String> {
    row.iter()
        .map(|cell| markdown::rewrite_links(cell, &|_| None))
        .collect()
}

// ---------------------------------------------------------------------------
// The front page, as built.

#[test]
fn the_readme_marks_every_section_the_front_page_needs() {
    let sections = markdown::sections(&readme()).expect("well-formed markers");
    for name in REQUIRED_SECTIONS {
        assert!(
            sections.iter().any(|section| section.name == *name),
            "README.md has no `<!-- site:{name} -->` … `<!-- /site:{name} -->` section; \
             the front page takes it from there"
        );
    }
}

#[test]
fn the_front_page_starts_with_the_readme_title_and_the_start_links() {
    let readme = readme();
    let title = markdown::title(&readme).expect("README.md has a title");
    assert!(FRONT.starts_with(&format!("# {title}\n")));
    let start = FRONT
        .lines()
        .find(|line| line.starts_with("**Start here:**"))
        .expect("a Start here line");
    let site = Site::read(root());
    let links = targets(start);
    let expected: Vec<String> = site
        .pages
        .iter()
        .map(|page| format!("{}/index.html", page.module))
        .collect();
    assert_eq!(links, expected);
    // The student's start page comes first on the page (issue 15), when it exists.
    if root().join("STUDENTS.md").is_file() {
        assert_eq!(
            targets(FRONT).first().map(String::as_str),
            Some("students/index.html")
        );
    }
}

#[test]
fn every_lesson_is_linked_from_the_front_page() {
    let links = targets(FRONT);
    let lessons = course::lessons(root());
    assert!(lessons.len() >= 9, "lessons/ lost its lessons");
    for lesson in lessons {
        let link = format!("../{}/index.html", lesson.crate_name());
        assert!(
            links.contains(&link),
            "the front page does not link to {link}: add {} to README.md's lesson table",
            lesson.package()
        );
    }
}

#[test]
fn every_gallery_case_is_shown_whole_with_its_pinned_diagnostic() {
    let cases = course::cases(root());
    assert!(cases.len() >= 10, "compile_fail/ lost its cases");
    for case in cases {
        let heading = format!("\n#### `{}`\n", case.name);
        let start = FRONT
            .find(&heading)
            .unwrap_or_else(|| panic!("no gallery entry for {}", case.name));
        let entry = &FRONT[start + heading.len()..];
        let entry = &entry[..entry.find("\n#### ").unwrap_or(entry.len())];
        let code = entry
            .split_once("```rust,compile_fail")
            .and_then(|(_, rest)| rest.split_once('\n'))
            .and_then(|(_, rest)| rest.split_once("```\n"))
            .map(|(code, _)| code)
            .unwrap_or_else(|| panic!("{}: no compile_fail code block", case.name));
        assert_eq!(
            code, case.source,
            "{}: the code shown is not the file",
            case.name
        );
        let stderr = entry
            .split_once("```text\n")
            .and_then(|(_, rest)| rest.split_once("```\n"))
            .map(|(text, _)| text)
            .unwrap_or_else(|| panic!("{}: no diagnostic block", case.name));
        assert_eq!(
            stderr, case.stderr,
            "{}: the diagnostic shown is not the .stderr",
            case.name
        );
        assert!(
            !case.stderr.is_empty(),
            "{}: has no pinned .stderr",
            case.name
        );
        if let Some(number) = &case.lesson {
            assert!(
                entry.contains(&format!("(../lesson_{number}/index.html)")),
                "{}: the entry does not link to lesson {number}",
                case.name
            );
        }
        assert!(
            entry.contains(&format!("[Run `{}` in the Rust Playground](", case.path())),
            "{}: no Playground link",
            case.name
        );
    }
}

#[test]
fn the_gallery_table_links_each_case_to_its_entry() {
    for case in course::cases(root()) {
        let link = format!("| [`{0}`](#{0}) |", case.name);
        assert!(
            FRONT.contains(&link),
            "the gallery table on the front page has no row starting {link}"
        );
    }
}

#[test]
fn every_readme_table_is_on_the_front_page_row_for_row() {
    let sections = markdown::sections(&readme()).expect("well-formed markers");
    let front_rows: Vec<Vec<String>> = FRONT
        .lines()
        .filter(|line| line.trim_start().starts_with('|'))
        .map(|line| cells_as_text(&markdown::split_row(line)))
        .collect();
    let mut rows_seen = 0;
    for section in sections {
        for line in section.text.lines().filter(|line| line.starts_with('|')) {
            let row = cells_as_text(&markdown::split_row(line));
            assert!(
                front_rows.contains(&row),
                "README section `{}`: the front page lacks the row {line}",
                section.name
            );
            rows_seen += 1;
        }
    }
    assert!(
        rows_seen > 40,
        "only {rows_seen} table rows found in the marked sections"
    );
}

#[test]
fn no_link_on_the_front_page_points_into_the_repository() {
    let site = Site::read(root());
    for target in targets(FRONT) {
        let ok = target.starts_with("https://")
            || target.starts_with("http://")
            || target
                .strip_prefix('#')
                .is_some_and(|anchor| !anchor.is_empty())
            || target
                .strip_prefix("index.html#")
                .is_some_and(|anchor| !anchor.is_empty())
            || site
                .lessons
                .iter()
                .any(|lesson| target == format!("../{}/index.html", lesson.crate_name()))
            || site.pages.iter().any(|page| {
                target
                    .strip_prefix(&format!("{}/index.html", page.module))
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('#'))
            });
        assert!(
            ok,
            "the front page links to `{target}`, which is not a page of the website"
        );
    }
}

#[test]
fn the_front_page_says_the_playground_runs_current_stable() {
    let pinned = course::pinned_toolchain(root()).expect("rust-toolchain.toml names a channel");
    let gallery = &FRONT[FRONT
        .find("### The cases, one by one")
        .expect("the gallery entries")..];
    let first_link = gallery
        .find("play.rust-lang.org")
        .expect("a Playground link");
    let note = &gallery[..first_link];
    assert!(note.contains("current stable"), "{note}");
    assert!(note.contains(&format!("pinned {pinned}")), "{note}");
}

#[test]
fn every_test_file_is_described_on_the_front_page() {
    let mut files = 0;
    for path in course::list_dir(&root().join("tests")) {
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        files += 1;
        let name = course::file_name(&path);
        let line = TESTS
            .lines()
            .find(|line| line.starts_with(&format!("- `tests/{name}`: ")))
            .unwrap_or_else(|| panic!("tests/{name} is not listed on the front page"));
        assert!(
            !line.contains("no `//!` header"),
            "tests/{name} has no `//!` header saying what it holds"
        );
    }
    assert_eq!(TESTS.lines().count(), files);
}

#[test]
fn every_page_of_the_website_is_a_module() {
    for page in course::pages(root()) {
        let declaration = format!("pub mod {} {{", page.module);
        assert!(PAGES.contains(&declaration), "pages.rs lacks {declaration}");
        let generated = Path::new(env!("OUT_DIR"))
            .join("pages")
            .join(format!("{}.md", page.module));
        assert!(
            generated.is_file(),
            "{} was not written",
            generated.display()
        );
    }
}

// ---------------------------------------------------------------------------
// The markdown helpers.

#[test]
fn sections_are_read_in_order_and_bad_markers_are_refused() {
    let text = "intro\n<!-- site:a -->\none\n<!-- /site:a -->\nmiddle\n<!-- site:b -->\ntwo\nthree\n<!-- /site:b -->\n";
    let sections = markdown::sections(text).unwrap();
    assert_eq!(
        sections,
        vec![
            markdown::Section {
                name: "a".into(),
                text: "one\n".into()
            },
            markdown::Section {
                name: "b".into(),
                text: "two\nthree\n".into()
            },
        ]
    );
    for (bad, says) in [
        (
            "x\n<!-- site:a -->\nx\n",
            "README.md:2: section `a` is never closed (`<!-- /site:a -->`)",
        ),
        ("<!-- site:a -->\n<!-- site:b -->\n", "README.md:2: "),
        (
            "x\n\n<!-- /site:a -->\n",
            "README.md:3: `<!-- /site:a -->` closes a section that was never opened",
        ),
        ("<!-- site:a -->\n<!-- /site:b -->\n", "closes `b`"),
        (
            "<!-- site:a -->\n<!-- /site:a -->\n<!-- site:a -->\n<!-- /site:a -->\n",
            "README.md:3: section `a` is marked twice",
        ),
    ] {
        let error = markdown::sections(bad).unwrap_err();
        assert!(error.contains(says), "{bad:?}: {error}");
    }
    // A marker-looking comment inside a line is not a marker, nor is a
    // marker without a name or with a space in its name.
    for not_a_marker in [
        "see <!-- site:a --> here\n",
        "<!-- site: -->\n",
        "<!-- site:a b -->\n",
        "<!-- site:a! -->\n",
    ] {
        assert!(
            markdown::sections(not_a_marker).unwrap().is_empty(),
            "{not_a_marker}"
        );
    }
    let named = markdown::sections("<!-- site:a-b_C9 -->\nx\n<!-- /site:a-b_C9 -->\n").unwrap();
    assert_eq!(named[0].name, "a-b_C9");
}

#[test]
fn links_are_rewritten_outside_code_only() {
    let upper = |target: &str| Some(target.to_uppercase());
    let drop = |_: &str| None;
    assert_eq!(
        markdown::rewrite_links("a [b](c/d.rs) e", &upper),
        "a [b](C/D.RS) e"
    );
    assert_eq!(markdown::rewrite_links("a [b](c/d.rs) e", &drop), "a b e");
    // Code spans and fenced code are left alone, links in them included.
    assert_eq!(
        markdown::rewrite_links("`[b](c)` and ``x ` [b](c)``", &upper),
        "`[b](c)` and ``x ` [b](c)``"
    );
    assert_eq!(
        markdown::rewrite_links("```rust\n[b](c)\n```\n[b](c)\n", &upper),
        "```rust\n[b](c)\n```\n[b](C)\n"
    );
    // A label that holds code, a bracket or an escaped bracket.
    assert_eq!(
        markdown::rewrite_links("[`x[0]`](y) [a \\] b](z)", &upper),
        "[`x[0]`](Y) [a \\] b](Z)"
    );
    // Images: rewritten, or replaced by their alt text.
    assert_eq!(
        markdown::rewrite_links("![shot](s.png)", &upper),
        "![shot](S.PNG)"
    );
    assert_eq!(markdown::rewrite_links("![shot](s.png)", &drop), "shot");
    // A code span ends at a run of as many backticks as opened it; an
    // unclosed backtick is text.
    assert_eq!(
        markdown::rewrite_links("``x ` [b](c)``", &upper),
        "``x ` [b](c)``"
    );
    assert_eq!(markdown::rewrite_links("a ` [b](c)", &upper), "a ` [b](C)");
    // An escaped bracket starts no link; a backslash may end the text.
    for text in ["\\[a](b)", "a\\"] {
        assert_eq!(markdown::rewrite_links(text, &upper), text);
    }
    // A comment ends at its own `-->`, wherever it starts.
    assert_eq!(
        markdown::rewrite_links("<!-- a` -->[x](y) `", &upper),
        "<!-- a` -->[x](Y) `"
    );
    assert_eq!(
        markdown::rewrite_links("ab<!---->[x](y)", &upper),
        "ab<!---->[x](Y)"
    );
    // Not links: brackets without a target, a target with a space, a comment.
    for text in ["[a] (b)", "[a](b c)", "<!-- [a](b) -->", "a [b", "[a](b"] {
        assert_eq!(markdown::rewrite_links(text, &upper), text);
    }
    // Reference definitions are rewritten too, or removed.
    assert_eq!(
        markdown::rewrite_links("see [x][r]\n\n[r]: a/b.md \"T\"\n", &upper),
        "see [x][r]\n\n[r]: A/B.MD \"T\"\n"
    );
    assert_eq!(
        markdown::rewrite_links("[r]: a/b.md\ntext\n", &drop),
        "text\n"
    );
    assert_eq!(
        markdown::rewrite_links("   [r]: a\n", &upper),
        "   [r]: A\n"
    );
    // Not definitions: indented four spaces (code), or a footnote.
    for text in ["    [r]: a\n", "[^1]: a note\n"] {
        assert_eq!(markdown::rewrite_links(text, &upper), text);
    }
    // A `]` inside code does not end a label; a target keeps its balanced
    // parentheses; a label cannot run across a blank line.
    let wrap = |target: &str| Some(format!("<{target}>"));
    assert_eq!(markdown::rewrite_links("[`a]b`](y)", &upper), "[`a]b`](Y)");
    assert_eq!(markdown::rewrite_links("[a](b(c)d)", &wrap), "[a](<b(c)d>)");
    assert_eq!(
        markdown::rewrite_links("[a\n\nb](c)", &upper),
        "[a\n\nb](c)"
    );
    // Parentheses inside a target, and a link that spans lines.
    assert_eq!(markdown::rewrite_links("[a](b(c))", &upper), "[a](B(C))");
    assert_eq!(markdown::rewrite_links("[a\nb](c)", &upper), "[a\nb](C)");
}

#[test]
fn code_without_a_language_becomes_text_not_a_doctest() {
    assert_eq!(
        markdown::fence_code_as_text("```\ncargo test\n```\n"),
        "```text\ncargo test\n```\n"
    );
    assert_eq!(
        markdown::fence_code_as_text("~~~~\nx\n~~~~\n"),
        "~~~~text\nx\n~~~~\n"
    );
    let kept = "```sh\ncargo test\n```\n```rust\nfn main() {}\n```\n";
    assert_eq!(markdown::fence_code_as_text(kept), kept);
    // An indented block after a paragraph becomes a fenced text block.
    assert_eq!(
        markdown::fence_code_as_text("Run:\n\n    cargo test\n\n    cargo doc\n\nDone.\n"),
        "Run:\n\n```text\ncargo test\n\ncargo doc\n```\n\nDone.\n"
    );
    // An indented block may end the text; a bare fence may be indented.
    assert_eq!(
        markdown::fence_code_as_text("Run:\n\n    cargo test\n"),
        "Run:\n\n```text\ncargo test\n```\n"
    );
    assert_eq!(
        markdown::fence_code_as_text("  ```\n  x\n  ```\n"),
        "  ```text\n  x\n  ```\n"
    );
    // After any kind of list item, indented text is the item's; after a line
    // that only looks like one, it is code.
    for item in ["* a point", "+ a point", "1) a step", "12. a step"] {
        let text = format!("{item}\n\n    more of it\n");
        assert_eq!(markdown::fence_code_as_text(&text), text, "{item}");
    }
    for not_item in [") aside", ". aside", "-dash", "1.5 apples"] {
        let text = format!("{not_item}\n\n    code\n");
        assert_eq!(
            markdown::fence_code_as_text(&text),
            format!("{not_item}\n\n```text\ncode\n```\n"),
            "{not_item}"
        );
    }
    // Indented text inside a list item is the item's, not code.
    let list = "- a point\n\n    more of the same point\n";
    assert_eq!(markdown::fence_code_as_text(list), list);
    let numbered = "1. a step\n   still the step\n\n    more of it\n";
    assert_eq!(markdown::fence_code_as_text(numbered), numbered);
    // A fence's content is never touched.
    let fenced = "```\n    indented inside a fence\n```\n";
    assert_eq!(
        markdown::fence_code_as_text(fenced),
        "```text\n    indented inside a fence\n```\n"
    );
}

#[test]
fn placeholders_in_angle_brackets_stay_text() {
    assert_eq!(
        markdown::escape_stray_tags("The first: <file> (or <N/22>)\n"),
        "The first: &lt;file> (or &lt;N/22>)\n"
    );
    let kept = "<img src=\"a.png\" width=\"49%\"> <details><summary>x</summary></details> \
                <https://docs.rs> <!-- c --> a < b, `<file>`, HashMap<br>\n```\n<file>\n```\n";
    assert_eq!(markdown::escape_stray_tags(kept), kept);
    assert_eq!(
        markdown::escape_stray_tags("```\n<file>\n```\nafter <file>\n"),
        "```\n<file>\n```\nafter &lt;file>\n"
    );
    assert_eq!(
        markdown::escape_stray_tags("`HashMap<K, V>` and HashMap<String, i32> </x>"),
        "`HashMap<K, V>` and HashMap&lt;String, i32> &lt;/x>"
    );
}

#[test]
fn table_rows_keep_escaped_pipes_inside_cells() {
    let table =
        "text\n\n| a | b |\n|---|:--:|\n| `x \\| y` | [l](t) |\n| 1 | 2 |\n\nafter | not a row\n";
    assert_eq!(
        markdown::table_rows(table),
        vec![
            vec!["a".to_owned(), "b".to_owned()],
            vec!["`x \\| y`".to_owned(), "[l](t)".to_owned()],
            vec!["1".to_owned(), "2".to_owned()],
        ]
    );
    assert_eq!(
        markdown::split_row("| a\\b | `\\|` |"),
        ["a\\b".to_owned(), "`\\|`".to_owned()]
    );
    assert_eq!(
        markdown::title("intro\n# The title \n## x"),
        Some("The title")
    );
    assert_eq!(markdown::title("## no title"), None);
}

// ---------------------------------------------------------------------------
// Where repository links land on the website.

fn sample_site() -> Site {
    Site {
        lessons: vec![course::Lesson {
            number: "01".into(),
            title: "collect the keys first".into(),
        }],
        cases: vec!["index_assign".into()],
        pages: vec![
            course::Page {
                file: "STUDENTS.md".into(),
                module: "students".into(),
                label: "Students".into(),
            },
            course::Page {
                file: "exercises/README.md".into(),
                module: "exercises".into(),
                label: "Exercises".into(),
            },
        ],
    }
}

#[test]
fn repository_links_become_website_links() {
    let site = sample_site();
    let on_front = |target: &str| site.link(target, 0, "");
    assert_eq!(
        on_front("lessons/lesson-01/src/lib.rs").as_deref(),
        Some("../lesson_01/index.html")
    );
    assert_eq!(
        on_front("lessons/lesson-01").as_deref(),
        Some("../lesson_01/index.html")
    );
    assert_eq!(
        on_front("lessons/lesson-02/src/lib.rs"),
        None,
        "no such lesson"
    );
    assert_eq!(
        on_front("compile_fail/index_assign.rs").as_deref(),
        Some("index.html#index_assign")
    );
    assert_eq!(
        on_front("compile_fail/index_assign.stderr").as_deref(),
        Some("index.html#index_assign")
    );
    assert_eq!(on_front("compile_fail/missing.rs"), None);
    assert_eq!(
        on_front("STUDENTS.md#setup").as_deref(),
        Some("students/index.html#setup")
    );
    assert_eq!(
        on_front("STUDENTS.md#").as_deref(),
        Some("students/index.html")
    );
    assert_eq!(
        on_front("./exercises/").as_deref(),
        Some("exercises/index.html")
    );
    assert_eq!(
        on_front("#where-the-article-is-wrong").as_deref(),
        Some("#where-the-article-is-wrong")
    );
    assert_eq!(
        on_front("https://docs.rs/trybuild").as_deref(),
        Some("https://docs.rs/trybuild")
    );
    assert_eq!(on_front("costs/results/bench-output.txt"), None);
    let mut with_playground = sample_site();
    with_playground.pages.push(course::Page {
        file: course::PLAYGROUND_FILE.into(),
        module: "playground".into(),
        label: "Run it".into(),
    });
    assert_eq!(
        with_playground
            .link("exercises/lesson01/l01_award_bonus.rs", 1, "exercises")
            .as_deref(),
        Some("../playground/index.html#the-exercises")
    );
    assert_eq!(
        on_front("exercises/exercises/lesson01/l01_award_bonus.rs"),
        None,
        "no Playground page in this sample"
    );
    assert_eq!(on_front("TEACHING.md"), None, "not written yet");
}

#[test]
fn links_from_a_page_climb_one_folder_more() {
    let site = sample_site();
    // exercises/README.md, shown at iterate_and_mutate/exercises/index.html.
    let on_page = |target: &str| site.link(target, 1, "exercises");
    assert_eq!(
        on_page("../lessons/lesson-01/src/lib.rs").as_deref(),
        Some("../../lesson_01/index.html")
    );
    assert_eq!(
        on_page("../README.md#x").as_deref(),
        Some("../index.html#x")
    );
    assert_eq!(
        on_page("../STUDENTS.md").as_deref(),
        Some("../students/index.html")
    );
    assert_eq!(
        on_page("../compile_fail/index_assign.rs").as_deref(),
        Some("../index.html#index_assign")
    );
    assert_eq!(on_page("solutions/"), None, "not on the website");
    assert_eq!(on_page("../../outside.md"), None, "outside the repository");
    assert_eq!(
        course::normalize("a/b", "../c/./d"),
        Some("a/c/d".to_owned())
    );
    assert_eq!(course::normalize("", "../x"), None);
}

#[test]
fn the_repository_is_read_as_the_website_needs_it() {
    let lessons = course::lessons(root());
    let numbers: Vec<&str> = lessons
        .iter()
        .map(|lesson| lesson.number.as_str())
        .collect();
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    assert_eq!(numbers, sorted, "lessons in order");
    let first = fs::read_to_string(root().join("lessons/lesson-01/src/lib.rs")).unwrap();
    assert_eq!(
        first.lines().next().unwrap(),
        format!("//! # {}", lessons[1].heading())
    );
    let pinned = course::pinned_toolchain(root()).unwrap();
    assert!(
        pinned.chars().next().is_some_and(|c| c.is_ascii_digit()),
        "{pinned}"
    );
    let pages = course::pages(root());
    assert!(pages.iter().any(|page| page.module == "playground"));
    for page in &pages {
        assert!(
            page.file == course::PLAYGROUND_FILE || root().join(&page.file).is_file(),
            "{}",
            page.file
        );
    }
}

#[test]
fn markdown_files_become_pages_known_ones_first() {
    let dir = common::scratch_repository(
        "pages",
        &[
            ("README.md", "# The course\n"),
            ("PLAYGROUND.md", "# generated\n"),
            ("TEACHING.md", "# For teachers\n"),
            ("CONTRIBUTING.md", "# How to contribute\n"),
            ("SITE.md", "no title\n"),
            ("9lives.md", "# not a module name\n"),
            ("notes.txt", "not markdown\n"),
            ("folder.md/inside.md", "a folder, not a page\n"),
            ("exercises/README.md", "# Exercises\n"),
        ],
    );
    let pages = course::pages(&dir);
    let found: Vec<(&str, &str, &str)> = pages
        .iter()
        .map(|page| {
            (
                page.file.as_str(),
                page.module.as_str(),
                page.label.as_str(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("TEACHING.md", "teaching", "Teachers: the guide"),
            ("exercises/README.md", "exercises", "The exercises"),
            (
                "PLAYGROUND.md",
                "playground",
                "Run it in the Rust Playground"
            ),
            ("CONTRIBUTING.md", "contributing", "How to contribute"),
            ("SITE.md", "site_md", "SITE.md"),
        ]
    );
    fs::remove_dir_all(&dir).expect("the scratch folder is removable");
}

#[test]
fn runnable_files_know_their_lesson() {
    let dir = common::scratch_repository(
        "runnables",
        &[
            ("lessons/lesson-01/src/lib.rs", "//! # Lesson 01: one\n"),
            ("lessons/lesson-02/src/lib.rs", "//! # Lesson 02: two\n"),
            ("lessons/lesson-02/examples/playground.rs", "fn main() {}\n"),
            (
                "compile_fail/b.rs",
                "// Explained in lessons/lesson-01 (one)\n",
            ),
            (
                "compile_fail/a.rs",
                "// Explained in lessons/lesson-02 (two)\n",
            ),
            ("compile_fail/a.stderr", "not a case\n"),
            ("exercises/exercises/lesson01/l01_x.rs", "fn main() {}\n"),
            ("exercises/exercises/lessons/extra.rs", "fn main() {}\n"),
            ("exercises/exercises/lesson/odd.rs", "fn main() {}\n"),
            (
                "exercises/exercises/lesson01/notes.txt",
                "not an exercise\n",
            ),
        ],
    );
    let found: Vec<(String, Option<String>)> = course::runnables(&dir)
        .into_iter()
        .map(|runnable| (runnable.path, runnable.lesson))
        .collect();
    let lesson = |n: &str| Some(n.to_owned());
    assert_eq!(
        found,
        [
            ("compile_fail/b.rs".to_owned(), lesson("01")),
            ("compile_fail/a.rs".to_owned(), lesson("02")),
            (
                "lessons/lesson-02/examples/playground.rs".to_owned(),
                lesson("02")
            ),
            ("exercises/exercises/lesson/odd.rs".to_owned(), None),
            (
                "exercises/exercises/lesson01/l01_x.rs".to_owned(),
                lesson("01")
            ),
            ("exercises/exercises/lessons/extra.rs".to_owned(), None),
        ]
    );
    fs::remove_dir_all(&dir).expect("the scratch folder is removable");
}
