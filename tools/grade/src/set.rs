//! The original exercise set: `info.toml` (names, folders, `strict_clippy`),
//! `Cargo.toml` (edition and lint levels), the exercise files and the shared
//! test harness, all read from the teacher's `exercises/` folder.
//!
//! Only the few TOML forms these two files use are understood; anything else
//! is ignored, and a missing key takes Rustlings' default.

use std::fs;
use std::path::{Path, PathBuf};

/// One exercise of the original set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    /// `name` in info.toml, also the file's stem.
    pub name: String,
    /// `dir` in info.toml: the folder under `exercises/` (empty if none).
    pub dir: String,
    /// `test = false` in info.toml: Rustlings only runs `main`.
    pub test: bool,
    /// `strict_clippy = true`: Clippy's warnings fail the exercise.
    pub strict_clippy: bool,
}

impl Exercise {
    /// The file's path relative to an `exercises/` folder: `dir/name.rs`.
    pub fn relative_path(&self) -> PathBuf {
        let mut path = PathBuf::new();
        if !self.dir.is_empty() {
            path.push(&self.dir);
        }
        path.push(format!("{}.rs", self.name));
        path
    }
}

/// What a Cargo `[lints]` table asks for, as compiler flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lints {
    /// `[lints.rust]`: for rustc and for Clippy.
    pub rust: Vec<String>,
    /// `[lints.clippy]`: for Clippy only.
    pub clippy: Vec<String>,
}

/// The teacher's exercise set.
#[derive(Debug)]
pub struct ExerciseSet {
    /// The `exercises/` folder that holds info.toml.
    pub root: PathBuf,
    /// The exercises, in info.toml's order.
    pub exercises: Vec<Exercise>,
    /// `edition` of the `[package]` in Cargo.toml.
    pub edition: String,
    /// The lint levels of Cargo.toml.
    pub lints: Lints,
}

impl ExerciseSet {
    /// Reads `root/info.toml` and `root/Cargo.toml`.
    pub fn read(root: &Path) -> Result<Self, String> {
        let info = fs::read_to_string(root.join("info.toml"))
            .map_err(|e| format!("cannot read {}: {e}", root.join("info.toml").display()))?;
        let exercises = parse_info(&info)?;
        let manifest = fs::read_to_string(root.join("Cargo.toml"))
            .map_err(|e| format!("cannot read {}: {e}", root.join("Cargo.toml").display()))?;
        let (edition, lints) = parse_manifest(&manifest);
        Ok(Self {
            root: root.to_path_buf(),
            exercises,
            edition,
            lints,
        })
    }

    /// The original file of `exercise`.
    pub fn exercise_file(&self, exercise: &Exercise) -> PathBuf {
        self.root.join("exercises").join(exercise.relative_path())
    }

    /// The shared test harness the exercises' tests include.
    pub fn harness_file(&self) -> PathBuf {
        self.root.join("support").join("harness.rs")
    }
}

/// `key = value` on one line (the key is only ever compared with known
/// names, so it needs no other check); `None` without `=`.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once('=')?;
    Some((key.trim(), value.trim()))
}

/// The content of a one-line basic string `"..."` (no escapes needed here).
fn basic_string(value: &str) -> Option<&str> {
    value.strip_prefix('"')?.split_once('"').map(|(s, _)| s)
}

/// The lines of a TOML file with the bodies of multi-line strings (`"""`
/// and `'''`) blanked out, so that a hint can never be read as a key.
fn outside_long_strings(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<&str> = None;
    for line in text.lines() {
        // A line that starts inside a string holds no key.
        out.push(if open.is_some() { "" } else { line });
        let mut rest = line;
        loop {
            let (quote, at) = match open {
                Some(q) => (q, rest.find(q)),
                None => ["\"\"\"", "'''"]
                    .into_iter()
                    .filter_map(|q| rest.find(q).map(|i| (q, Some(i))))
                    .min_by_key(|(_, i)| *i)
                    .unwrap_or(("", None)),
            };
            let Some(at) = at else { break };
            open = if open.is_some() { None } else { Some(quote) };
            rest = &rest[at.saturating_add(3)..];
        }
    }
    out
}

/// The `[[exercises]]` of info.toml.
pub fn parse_info(text: &str) -> Result<Vec<Exercise>, String> {
    let mut exercises: Vec<Exercise> = Vec::new();
    let mut in_exercise = false;
    for line in outside_long_strings(text) {
        let line = line.trim();
        if line.starts_with('[') {
            in_exercise = line == "[[exercises]]";
            if in_exercise {
                exercises.push(Exercise {
                    name: String::new(),
                    dir: String::new(),
                    test: true,
                    strict_clippy: false,
                });
            }
            continue;
        }
        let (Some(exercise), true) = (exercises.last_mut(), in_exercise) else {
            continue;
        };
        let Some((key, value)) = key_value(line) else {
            continue;
        };
        match key {
            "name" => exercise.name = basic_string(value).unwrap_or_default().to_owned(),
            "dir" => exercise.dir = basic_string(value).unwrap_or_default().to_owned(),
            "test" => exercise.test = value != "false",
            "strict_clippy" => exercise.strict_clippy = value == "true",
            _ => {}
        }
    }
    if exercises.is_empty() {
        return Err("info.toml lists no [[exercises]]".to_owned());
    }
    for exercise in &exercises {
        let plain = |s: &str| {
            s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        };
        if exercise.name.is_empty() || !plain(&exercise.name) || !plain(&exercise.dir) {
            return Err(format!(
                "info.toml: an exercise has an empty or unusual name or dir: {exercise:?}"
            ));
        }
    }
    Ok(exercises)
}

/// The edition (2015, Cargo's default, if the manifest names none) and the
/// lint flags of a package manifest, sorted as Cargo sorts them: by
/// priority, then by name.
pub fn parse_manifest(text: &str) -> (String, Lints) {
    let mut edition = String::from("2015");
    let mut table = String::new();
    let mut rust: Vec<(i64, String, String)> = Vec::new();
    let mut clippy: Vec<(i64, String, String)> = Vec::new();
    for line in outside_long_strings(text) {
        let line = line.trim();
        if line.starts_with('[') {
            table = line
                .trim_matches(|c| c == '[' || c == ']')
                .trim()
                .to_owned();
            continue;
        }
        let Some((key, value)) = key_value(line) else {
            continue;
        };
        let level_and_priority = || -> Option<(String, i64)> {
            if let Some(level) = basic_string(value) {
                return Some((level.to_owned(), 0));
            }
            // { level = "warn", priority = -1 }
            let inner = value.strip_prefix('{')?.split_once('}')?.0;
            let mut level = None;
            let mut priority = 0;
            for part in inner.split(',') {
                match key_value(part) {
                    Some(("level", v)) => level = basic_string(v).map(str::to_owned),
                    Some(("priority", v)) => priority = v.parse().ok()?,
                    _ => {}
                }
            }
            Some((level?, priority))
        };
        match table.as_str() {
            "package" if key == "edition" => {
                if let Some(e) = basic_string(value) {
                    e.clone_into(&mut edition);
                }
            }
            "lints.rust" | "lints.clippy" => {
                let Some((level, priority)) = level_and_priority() else {
                    continue;
                };
                let flag = match level.as_str() {
                    "allow" => "-A",
                    "warn" => "-W",
                    "deny" => "-D",
                    "forbid" => "-F",
                    _ => continue,
                };
                if table == "lints.rust" {
                    rust.push((priority, key.to_owned(), flag.to_owned()));
                } else {
                    clippy.push((priority, format!("clippy::{key}"), flag.to_owned()));
                }
            }
            _ => {}
        }
    }
    let flags = |mut lints: Vec<(i64, String, String)>| {
        lints.sort();
        lints
            .into_iter()
            .flat_map(|(_, name, flag)| [flag, name])
            .collect()
    };
    (
        edition,
        Lints {
            rust: flags(rust),
            clippy: flags(clippy),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_lists_exercises_in_order_and_ignores_keys_inside_hints() {
        let info = r#"
format_version = 1
welcome_message = """Hello
name = "not_an_exercise"
"""

[[exercises]]
name = "first"
dir = "lesson00"
hint = """
name = "inside_a_hint"
strict_clippy = true
dir = "nope" """

[[exercises]]
name = "second"
dir = "quizzes"
test = false
strict_clippy = true
hint = '''one line'''
"#;
        let exercises = parse_info(info).unwrap();
        assert_eq!(
            exercises,
            vec![
                Exercise {
                    name: "first".into(),
                    dir: "lesson00".into(),
                    test: true,
                    strict_clippy: false,
                },
                Exercise {
                    name: "second".into(),
                    dir: "quizzes".into(),
                    test: false,
                    strict_clippy: true,
                },
            ]
        );
        assert_eq!(
            exercises[1].relative_path(),
            PathBuf::from("quizzes/second.rs")
        );
    }

    #[test]
    fn info_without_exercises_or_with_a_strange_name_is_refused() {
        assert!(parse_info("format_version = 1\n").is_err());
        assert!(parse_info("[[exercises]]\nname = \"../up\"\n").is_err());
        assert!(parse_info("[[exercises]]\ndir = \"a\"\n").is_err());
    }

    #[test]
    fn the_course_set_reads() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../exercises");
        let set = ExerciseSet::read(&root).unwrap();
        // One exercise per file under exercises/exercises/<lesson>/.
        let files = std::fs::read_dir(root.join("exercises"))
            .unwrap()
            .flat_map(|dir| std::fs::read_dir(dir.unwrap().path()).unwrap())
            .filter(|file| file.as_ref().unwrap().path().extension() == Some("rs".as_ref()))
            .count();
        assert_eq!(set.exercises.len(), files);
        assert_eq!(set.exercises.len(), 30);
        assert_eq!(set.edition, "2024");
        let strict: Vec<&str> = set
            .exercises
            .iter()
            .filter(|e| e.strict_clippy)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(strict, ["l03_list_every_junction", "l03_shift_seats"]);
        assert!(set.exercises.iter().all(|e| e.test));
        for exercise in &set.exercises {
            assert!(set.exercise_file(exercise).is_file(), "{exercise:?}");
        }
        assert!(set.harness_file().is_file());
    }

    #[test]
    fn manifest_lints_become_flags_sorted_by_priority_then_name() {
        let manifest = r#"
[package]
edition = "2024"
name = "exercises"

[lints.clippy]
cloned_instead_of_copied = "warn"
zz_first = { level = "deny", priority = -1 }
aa_last = { priority = 2, level = "allow" }
odd = "loud"

[lints.rust]
unsafe_code = "deny"
missing_docs = "forbid"

[workspace]
"#;
        let (edition, lints) = parse_manifest(manifest);
        assert_eq!(edition, "2024");
        assert_eq!(
            lints.clippy,
            [
                "-D",
                "clippy::zz_first",
                "-W",
                "clippy::cloned_instead_of_copied",
                "-A",
                "clippy::aa_last"
            ]
        );
        assert_eq!(lints.rust, ["-F", "missing_docs", "-D", "unsafe_code"]);
        assert_eq!(parse_manifest("[package]\n").0, "2015");
    }
}
