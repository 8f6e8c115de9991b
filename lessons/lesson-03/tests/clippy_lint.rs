//! `clippy::cloned_instead_of_copied` fires on `player_ids_cloned`, and only
//! because the workspace switches it on.
//!
//! Each test copies this lesson's `src/lib.rs` into a small crate of its own
//! under Cargo's temporary directory for tests, and runs `cargo clippy` on it
//! (a check of one file with no dependencies: about a second). The copy gets
//! the lint levels of the root `Cargo.toml`'s `[workspace.lints.*]` sections,
//! copied verbatim, so these tests follow any change made there.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use testkit::rustc::{Rustc, wording_is_pinned};

/// The lint's message, as the lesson quotes it.
const MESSAGE: &str = "warning: used `cloned` where `copied` could be used instead";
/// The `allow` that keeps the lesson itself free of warnings.
const ALLOW: &str = "#[allow(clippy::cloned_instead_of_copied)]";
/// What replaces [`ALLOW`] in the copy: a comment, so the line count stays.
const REMOVED: &str = "// (allow removed by tests/clippy_lint.rs)";
/// The line the lint should point at, inside `player_ids_cloned`.
const CLONED_LINE: &str = "scores.keys().cloned().collect()";
/// The warning as the chapter shows it (included into `src/lib.rs`): clippy's
/// exact words on the pinned toolchain, line numbers written `LL`. Rewrite it
/// with `CLIPPY_LINT_OVERWRITE=1 cargo test -p lesson-03 --test clippy_lint`.
const PINNED_WARNING: &str = "tests/clippy_lint.stderr";

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// This lesson's `src/lib.rs`, its `include_str!` paths made absolute so that
/// the copy still finds the files the chapter includes (line numbers stay).
fn lesson_source() -> String {
    let source =
        fs::read_to_string(manifest_dir().join("src/lib.rs")).expect("lesson-03's src/lib.rs");
    let src_dir = manifest_dir().join("src");
    source.replace(
        "include_str!(\"",
        &format!("include_str!(\"{}/", src_dir.display()),
    )
}

/// The lines of a `[section]` of the root `Cargo.toml`, up to the next header.
fn root_manifest_section(header: &str) -> String {
    let root =
        fs::read_to_string(manifest_dir().join("../../Cargo.toml")).expect("root Cargo.toml");
    let mut lines = root.lines().skip_while(|line| line.trim() != header);
    assert!(lines.next().is_some(), "root Cargo.toml has no {header}");
    let body: Vec<&str> = lines.take_while(|line| !line.starts_with('[')).collect();
    body.join("\n")
}

/// Which lint levels the scratch crate gets.
enum Lints {
    /// The workspace's `[workspace.lints.rust]` and `[workspace.lints.clippy]`.
    Workspace,
    /// None: clippy's defaults.
    ClippyDefaults,
}

/// Writes `source` as the `src/lib.rs` of a scratch crate called `name`, runs
/// `cargo clippy` on it, and returns what it printed on standard error.
fn clippy(name: &str, source: &str, lints: &Lints) -> String {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    fs::create_dir_all(dir.join("src")).expect("scratch crate directory");
    let lint_tables = match lints {
        Lints::Workspace => format!(
            "[lints.rust]\n{}\n\n[lints.clippy]\n{}\n",
            root_manifest_section("[workspace.lints.rust]"),
            root_manifest_section("[workspace.lints.clippy]"),
        ),
        Lints::ClippyDefaults => String::new(),
    };
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         # Its own workspace: not a member of the course's.\n[workspace]\n\n{lint_tables}"
    );
    fs::write(dir.join("Cargo.toml"), manifest).expect("scratch Cargo.toml");
    fs::write(dir.join("src/lib.rs"), source).expect("scratch src/lib.rs");

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["clippy", "--lib", "--color", "never"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        // Flags from the outer build (say, `-D warnings`) would turn the
        // warning this test looks for into an error.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .output()
        .expect("cannot run `cargo clippy`: is the clippy component installed?");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "cargo clippy failed:\n{stderr}");
    stderr
}

/// The diagnostics in clippy's output: `warning:` and `error:` lines, without
/// Cargo's closing summary ("... generated 1 warning").
fn diagnostics(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| line.starts_with("warning:") || line.starts_with("error"))
        .filter(|line| !line.contains(" generated "))
        .collect()
}

/// The first warning of `stderr` (from its `warning:` line to the blank line
/// that ends it), as the chapter shows it: the path as seen from the
/// repository root, and the line number, which moves whenever the chapter's
/// prose does, written `LL` (with the gutter narrowed to fit, as in rustc's
/// own UI tests).
fn normalised_warning(stderr: &str) -> String {
    let block: Vec<&str> = stderr
        .lines()
        .skip_while(|line| !line.starts_with("warning:"))
        .take_while(|line| !line.is_empty())
        .collect();
    let location = block.get(1).copied().unwrap_or_default();
    // `   --> src/lib.rs:228:19`: the gutter is one column wider than the
    // arrow's indentation.
    let gutter = location
        .find("-->")
        .expect("a `-->` line")
        .saturating_add(1);
    let mut shown = Vec::with_capacity(block.len());
    for line in block {
        let (head, tail) = line.split_at_checked(gutter).unwrap_or((line, ""));
        let normalised = if line.starts_with("warning:") {
            line.to_owned()
        } else if let Some(path) = line.trim_start().strip_prefix("--> src/lib.rs:") {
            let column = path.split(':').nth(1).unwrap_or_default();
            format!("  --> lessons/lesson-03/src/lib.rs:LL:{column}")
        } else if head.trim().chars().all(|c| c.is_ascii_digit()) && !head.trim().is_empty() {
            format!("LL {tail}")
        } else {
            format!("   {tail}")
        };
        shown.push(normalised);
    }
    let mut text = shown.join("\n");
    text.push('\n');
    text
}

/// 1-based number of the only line of `source` that is `code` (indentation aside).
fn line_of(source: &str, code: &str) -> usize {
    let found: Vec<usize> = (1..)
        .zip(source.lines())
        .filter(|(_, line)| line.trim() == code)
        .map(|(number, _)| number)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected the line `{code}` exactly once in src/lib.rs"
    );
    found[0]
}

#[test]
fn without_the_allow_the_workspace_lint_fires_on_player_ids_cloned() {
    let source = lesson_source();
    let cloned_line = line_of(&source, CLONED_LINE);
    line_of(&source, ALLOW);
    // Swap the `allow` for a comment: line numbers do not move.
    let without_allow = source.replace(ALLOW, REMOVED);

    let stderr = clippy("lesson-03-without-allow", &without_allow, &Lints::Workspace);

    assert_eq!(diagnostics(&stderr), [MESSAGE], "\n{stderr}");
    let location = format!("src/lib.rs:{cloned_line}:");
    assert!(
        stderr.contains(&location),
        "the warning should point at line {cloned_line}:\n{stderr}"
    );
    assert!(stderr.contains("help: try: `copied`"), "\n{stderr}");
    assert!(stderr.contains("cloned_instead_of_copied"), "\n{stderr}");

    let shown = normalised_warning(&stderr);
    let pinned_path = manifest_dir().join(PINNED_WARNING);
    if std::env::var_os("CLIPPY_LINT_OVERWRITE").is_some() {
        fs::write(&pinned_path, &shown).expect("write the pinned warning");
    }
    let version = Rustc::from_env().version().expect("run rustc --version");
    if wording_is_pinned(
        &version,
        "lessons/lesson-03/tests/clippy_lint.rs",
        "checked the message, the line and the help, not the whole pinned warning",
    ) {
        let pinned = fs::read_to_string(&pinned_path).expect("the pinned warning");
        assert_eq!(
            shown, pinned,
            "clippy's warning differs from {PINNED_WARNING}, which the chapter shows"
        );
    }
}

#[test]
fn with_the_allow_the_lesson_is_clean() {
    let stderr = clippy("lesson-03-with-allow", &lesson_source(), &Lints::Workspace);
    assert!(diagnostics(&stderr).is_empty(), "\n{stderr}");
}

#[test]
fn the_lint_is_off_by_default() {
    // Pedantic lints are silent unless someone asks for them: without the
    // workspace's `[workspace.lints.clippy]`, the same code passes quietly.
    let without_allow = lesson_source().replace(ALLOW, REMOVED);
    let stderr = clippy(
        "lesson-03-default-lints",
        &without_allow,
        &Lints::ClippyDefaults,
    );
    assert!(diagnostics(&stderr).is_empty(), "\n{stderr}");
}
