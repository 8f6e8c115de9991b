//! "Run in the Rust Playground" links carry their code in the link itself.
//! Each link, in `PLAYGROUND.md` and on the website, must decode (as a browser
//! reads a query string) to exactly the file it names; every gallery case,
//! chapter example and exercise stub has one; `PLAYGROUND.md` is regenerated
//! with `PLAYGROUND=overwrite cargo test -p iterate-and-mutate --test playground`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use iterate_and_mutate::site::{course, playground};
use proptest::prelude::*;

/// The front page as `build.rs` wrote it (its gallery has a link per case).
const FRONT: &str = include_str!(concat!(env!("OUT_DIR"), "/front.md"));
/// The website's Playground page as `build.rs` wrote it.
const PAGE: &str = include_str!(concat!(env!("OUT_DIR"), "/pages/playground.md"));

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files that must have a link, listed here without the site's code:
/// `compile_fail/*.rs`, `lessons/*/examples/playground.rs`,
/// `exercises/exercises/*/*.rs`.
fn runnable_files() -> Vec<String> {
    fn rs_files(dir: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .into_iter()
            .flatten()
            .map(|entry| entry.expect("readable entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
            .collect();
        files.sort();
        files
    }
    fn subdirs(dir: &Path) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
            .expect("readable folder")
            .map(|entry| entry.expect("readable entry").path())
            .filter(|path| path.is_dir())
            .collect();
        dirs.sort();
        dirs
    }
    let relative = |path: PathBuf| {
        path.strip_prefix(root())
            .expect("inside the repository")
            .to_string_lossy()
            .replace('\\', "/")
    };
    let mut files: Vec<String> = rs_files(&root().join("compile_fail"))
        .into_iter()
        .map(relative)
        .collect();
    for lesson in subdirs(&root().join("lessons")) {
        let example = lesson.join("examples/playground.rs");
        if example.is_file() {
            files.push(relative(example));
        }
    }
    for dir in subdirs(&root().join("exercises/exercises")) {
        files.extend(rs_files(&dir).into_iter().map(relative));
    }
    files
}

/// What a Playground list offers for one file.
#[derive(Debug, PartialEq, Eq)]
enum Offer {
    /// A link; the code it carries.
    Link(String),
    /// No link: the link would have this many characters.
    TooLong(usize),
}

/// Every file a Playground list names, with its link or its "too long" note,
/// checking each link's settings. A link names its file in its text,
/// `[Run `FILE` in the Rust Playground](URL)`, or in the first cell of its
/// table row, `| `FILE` | ... | [Run it](URL) |`; a file too long for a link
/// says `too long for a link (N characters`.
fn links(markdown: &str) -> Vec<(String, Offer)> {
    let mut found = Vec::new();
    for line in markdown.lines() {
        if let Some(row) = line.strip_prefix("| `") {
            let Some((file, rest)) = row.split_once('`') else {
                continue;
            };
            if let Some((_, url)) = rest.split_once("[Run it](") {
                let url = url.split_once(')').expect("a closed link").0;
                found.push((file.to_owned(), Offer::Link(code_of(file, url))));
            } else if let Some(length) = too_long(rest) {
                found.push((file.to_owned(), Offer::TooLong(length)));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix('`')
            && let Some((file, rest)) = rest.split_once('`')
            && let Some(length) = too_long(rest)
        {
            found.push((file.to_owned(), Offer::TooLong(length)));
            continue;
        }
        let mut rest = line;
        while let Some((_, after)) = rest.split_once("[Run `") {
            let (file, after) = after
                .split_once("` in the Rust Playground](")
                .expect("a Playground link names its file");
            let (url, after) = after.split_once(')').expect("a closed link");
            found.push((file.to_owned(), Offer::Link(code_of(file, url))));
            rest = after;
        }
    }
    found
}

/// The length in `... too long for a (Playground )link (N characters ...`.
fn too_long(text: &str) -> Option<usize> {
    let (_, after) = text.split_once("too long for a ")?;
    let (_, after) = after.split_once("link (")?;
    after.split_once(" characters")?.0.parse().ok()
}

/// The code a Playground link for `file` carries, read as a browser reads
/// the query string, after checking the link's length and other settings.
fn code_of(file: &str, url: &str) -> String {
    assert!(
        url.len() <= playground::MAX_URL,
        "{file}: a {}-character link is longer than the Playground accepts",
        url.len()
    );
    let query = url
        .strip_prefix("https://play.rust-lang.org/?")
        .unwrap_or_else(|| panic!("{file}: not a Playground link: {url}"));
    let params: BTreeMap<String, String> = form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    assert_eq!(
        params.get("edition").map(String::as_str),
        Some("2024"),
        "{file}"
    );
    assert_eq!(
        params.get("version").map(String::as_str),
        Some("stable"),
        "{file}"
    );
    assert_eq!(
        params.get("mode").map(String::as_str),
        Some("debug"),
        "{file}"
    );
    assert_eq!(
        params.len(),
        4,
        "{file}: unexpected parameters {:?}",
        params.keys()
    );
    params["code"].clone()
}

/// Asserts that `markdown` offers each of `files` exactly once, and that each
/// link carries exactly the file it names; a file without a link must really
/// be too long for one.
fn assert_links_carry_their_files(what: &str, markdown: &str, files: &[String]) {
    let found = links(markdown);
    let mut named: Vec<&String> = found.iter().map(|(file, _)| file).collect();
    named.sort();
    let mut expected: Vec<&String> = files.iter().collect();
    expected.sort();
    assert_eq!(named, expected, "{what}: the files offered (once each)");
    for (file, offer) in found {
        let text = fs::read_to_string(root().join(&file)).expect("the named file exists");
        match offer {
            Offer::Link(code) => assert!(
                code == text,
                "{what}: the link for {file} does not carry the file (PLAYGROUND=overwrite to regenerate)"
            ),
            Offer::TooLong(length) => {
                assert!(
                    length > playground::MAX_URL,
                    "{what}: {file} fits in a link"
                );
                assert_eq!(length, playground::url(&text).len(), "{what}: {file}");
            }
        }
    }
}

/// `PLAYGROUND.md` as it is on disk; with `PLAYGROUND=overwrite`, first
/// rewritten from the files (once, before any test reads it).
fn playground_md() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let path = root().join(course::PLAYGROUND_FILE);
        if std::env::var("PLAYGROUND").as_deref() == Ok("overwrite") {
            let fresh = playground::page(root(), playground::Target::Repository);
            fs::write(&path, fresh).expect("PLAYGROUND.md is writable");
        }
        fs::read_to_string(&path).unwrap_or_default()
    })
}

#[test]
fn playground_md_is_generated_from_the_files() {
    let expected = playground::page(root(), playground::Target::Repository);
    assert!(
        playground_md() == expected,
        "PLAYGROUND.md is out of date: run \
         `PLAYGROUND=overwrite cargo test -p iterate-and-mutate --test playground` \
         and read `git diff PLAYGROUND.md`"
    );
}

#[test]
fn the_website_page_is_made_by_the_same_code() {
    assert_eq!(PAGE, playground::page(root(), playground::Target::Website));
    assert!(PAGE.contains("(../../lesson_01/index.html)"));
    assert!(
        !PAGE.contains("(lessons/"),
        "a repository link left on the website"
    );
}

#[test]
fn every_link_in_playground_md_carries_the_file_it_names() {
    let text = playground_md();
    let files = runnable_files();
    assert!(
        files
            .iter()
            .filter(|file| file.starts_with("compile_fail/"))
            .count()
            >= 10
            && files
                .iter()
                .filter(|file| file.starts_with("exercises/"))
                .count()
                >= 20,
        "the gallery or the exercises went missing: {files:?}"
    );
    assert_links_carry_their_files("PLAYGROUND.md", text, &files);
}

#[test]
fn every_link_on_the_website_carries_the_file_it_names() {
    assert_links_carry_their_files("the website's Playground page", PAGE, &runnable_files());
    let gallery: Vec<String> = runnable_files()
        .into_iter()
        .filter(|file| file.starts_with("compile_fail/"))
        .collect();
    assert_links_carry_their_files("the front page's gallery", FRONT, &gallery);
}

#[test]
fn the_links_say_the_playground_runs_current_stable() {
    let pinned = course::pinned_toolchain(root()).expect("rust-toolchain.toml names a channel");
    for (what, markdown) in [("PLAYGROUND.md", playground_md()), ("the website", PAGE)] {
        let before_links = &markdown[..markdown.find("play.rust-lang.org/?").expect("links")];
        assert!(
            before_links.contains("current stable")
                && before_links.contains(&format!("pinned {pinned}")),
            "{what}: the note on versions must come before the links"
        );
        assert!(
            markdown.contains("pick *Test*"),
            "{what}: say how to run an exercise's tests"
        );
    }
}

#[test]
fn lessons_without_an_example_are_left_out_and_the_rest_is_linked() {
    let example = "//! Prints a + b & c.\nfn main() {\n    println!(\"+ & # %\");\n}\n";
    let dir = common::scratch_repository(
        "mixed",
        &[
            ("rust-toolchain.toml", "[toolchain]\nchannel = \"9.9.9\"\n"),
            ("lessons/lesson-00/src/lib.rs", "//! # Lesson 00: zero\n"),
            ("lessons/lesson-01/src/lib.rs", "//! # Lesson 01: one\n"),
            ("lessons/lesson-01/examples/playground.rs", example),
            (
                "compile_fail/a_case.rs",
                "// Explained in lessons/lesson-01 (one)\nfn main() {}\n",
            ),
            ("compile_fail/a_case.stderr", "error[E0502]: x\n"),
            ("exercises/exercises/lesson01/l01_x.rs", "fn main() {}\n"),
        ],
    );
    let page = playground::page(&dir, playground::Target::Repository);
    let found = links(&page);
    let files: Vec<&str> = found.iter().map(|(file, _)| file.as_str()).collect();
    assert_eq!(
        files,
        [
            "compile_fail/a_case.rs",
            "lessons/lesson-01/examples/playground.rs",
            "exercises/exercises/lesson01/l01_x.rs"
        ]
    );
    assert_eq!(found[1].1, Offer::Link(example.to_owned()));
    assert!(page.contains("pinned 9.9.9"));
    assert!(page.contains(
        "| `lessons/lesson-01/examples/playground.rs` | [lesson-01](lessons/lesson-01/src/lib.rs) |"
    ));
    let website = playground::page(&dir, playground::Target::Website);
    assert!(website.contains("| [lesson-01](../../lesson_01/index.html) |"));

    // A file too long for a link, and a stub that loads another file.
    let long = format!("fn main() {{}}\n// {}\n", "&".repeat(3000));
    fs::write(dir.join("exercises/exercises/lesson01/l01_long.rs"), &long).expect("writable");
    let harness =
        "#[cfg(test)]\n#[path = \"../../support/harness.rs\"]\nmod harness;\nfn main() {}\n";
    fs::write(dir.join("exercises/exercises/lesson01/l01_x.rs"), harness).expect("writable");
    let page = playground::page(&dir, playground::Target::Repository);
    let length = playground::url(&long).len();
    assert!(page.contains(&format!(
        "| `exercises/exercises/lesson01/l01_long.rs` | [lesson-01](lessons/lesson-01/src/lib.rs) | \
         too long for a link ({length} characters; a Playground link must stay under 8000): \
         paste the file into the Playground |"
    )));
    assert!(page.contains(
        "; its tests load `exercises/support/harness.rs`, which a link cannot carry: \
         *Run* needs only this file, the tests run in the repository |"
    ));
    let loaded = playground::loaded_files(
        "a/b/c.rs",
        "#[path = \"../x/y.rs\"]\nmod y;\n#[cfg(test)]\n#[allow(dead_code)]\n  #[path=\"z.rs\"] mod z;\n",
    );
    let found: Vec<(&str, bool)> = loaded
        .iter()
        .map(|file| (file.path.as_str(), file.test_only))
        .collect();
    assert_eq!(found, [("a/x/y.rs", false), ("a/b/z.rs", true)]);
    let cell = playground::run_cell("a/b/c.rs", "#[path = \"y.rs\"]\nmod y;\n");
    assert!(cell.ends_with(
        "; it loads `a/b/y.rs`, which a link cannot carry: it builds only in the repository"
    ));
    fs::remove_file(dir.join("exercises/exercises/lesson01/l01_long.rs")).expect("removable");

    // With no example at all, the section says so instead of an empty table.
    fs::remove_file(dir.join("lessons/lesson-01/examples/playground.rs")).expect("removable");
    let page = playground::page(&dir, playground::Target::Repository);
    assert!(page.contains("## Each chapter's main example\n\nThe central fix of each chapter, as a small program that prints its result.\n\nNone yet.\n"));
    assert_eq!(links(&page).len(), 2);
    fs::remove_dir_all(&dir).expect("the scratch folder is removable");
}

#[test]
fn the_readme_points_to_playground_md() {
    let readme = fs::read_to_string(root().join("README.md")).expect("README.md");
    assert!(
        readme.contains("](PLAYGROUND.md)"),
        "README.md does not link PLAYGROUND.md"
    );
}

#[test]
fn awkward_code_survives_the_link() {
    for code in [
        "",
        "a + b & c = d # e % f ? g / h",
        "let s = \"Дмитрий 字\";\n\ttabs\r\nand CRLF\n",
        "%2B %zz %",
    ] {
        assert_eq!(decode(&playground::url(code)), code);
    }
}

/// The code a Playground link carries, read as a browser reads the query.
fn decode(url: &str) -> String {
    let query = url.split_once('?').expect("a query").1;
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == "code")
        .map(|(_, value)| value.into_owned())
        .expect("a code parameter")
}

proptest! {
    #[test]
    fn any_text_survives_the_link(code in any::<String>()) {
        let url = playground::url(&code);
        prop_assert_eq!(decode(&url), code);
        // Nothing in the code part ends the value, starts another one, or
        // needs escaping in a markdown link, a markdown table or HTML.
        let value = url.strip_prefix(playground::PREFIX).expect("the prefix");
        prop_assert!(!value.contains([
            ' ', '&', '=', '#', '(', ')', '<', '>', '"', '\'', '`', '\\', '|', '[', ']', '\n',
        ]));
    }
}
