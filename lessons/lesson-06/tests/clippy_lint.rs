//! Clippy's `map_entry` lint, as the chapter describes it: on by default, it
//! flags `contains_key` followed by `insert` of the same key, and it stays
//! quiet about `score_slot_two_lookups`, whose `insert` takes
//! `player.to_owned()` rather than `player`.
//!
//! Each test runs `clippy-driver` (the rustup proxy, so the toolchain of
//! `rust-toolchain.toml`) on one file, with no lint settings of its own:
//! clippy's default levels, not the workspace's `[workspace.lints]`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The lint's name as clippy prints it in its note.
const LINT: &str = "clippy::map_entry";

/// A directory of its own for the outputs of one test.
fn out_dir(name: &str) -> PathBuf {
    [env!("CARGO_TARGET_TMPDIR"), "lesson-06-clippy", name]
        .iter()
        .collect()
}

/// Runs clippy with its default lint levels on the library `file`, writing
/// into `dir`, and returns what it printed.
fn clippy_defaults(file: &Path, dir: &Path) -> String {
    std::fs::create_dir_all(dir).expect("can create the output directory");
    let output = Command::new("clippy-driver")
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "lib",
            "--emit=metadata",
        ])
        .arg("--out-dir")
        .arg(dir)
        .arg(file)
        .output()
        .expect("cannot run `clippy-driver`: is the clippy component installed?");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "clippy-driver failed:\n{stderr}");
    stderr
}

#[test]
fn map_entry_is_on_by_default_for_contains_key_then_insert_of_one_key() {
    let source = "use std::collections::HashMap;\n\
                  pub fn join(scores: &mut HashMap<String, i32>, player: String) {\n\
                  \x20   if !scores.contains_key(&player) {\n\
                  \x20       scores.insert(player, 0);\n\
                  \x20   }\n\
                  }\n";
    let dir = out_dir("same_key");
    let file = testkit::rustc::write_example(&dir, "same_key.rs", source);
    let stderr = clippy_defaults(&file, &dir);
    assert!(
        stderr.contains("warning: usage of `contains_key` followed by `insert` on a `HashMap`"),
        "\n{stderr}"
    );
    assert!(stderr.contains(LINT), "\n{stderr}");
}

#[test]
fn map_entry_stays_quiet_about_this_lesson() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    let source = std::fs::read_to_string(&lib).expect("lesson-06's src/lib.rs");
    assert!(
        source.contains("if !scores.contains_key(player) {")
            && source.contains("scores.insert(player.to_owned(), 0);"),
        "score_slot_two_lookups changed: update this test and the chapter"
    );
    // The file itself, in place: the chapter includes files by relative path.
    let stderr = clippy_defaults(&lib, &out_dir("lesson_06"));
    assert!(!stderr.contains(LINT), "\n{stderr}");
}
