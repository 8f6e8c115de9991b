//! An exercise file's shape, and how a student's answer is put back between
//! the original code and the original tests.
//!
//! An original exercise file is: the header and the code before the first
//! `// TODO` line (the prefix), the TODO region, then `fn main() {` and the
//! tests to the end of the file (the suffix). A student may delete or move
//! the TODO line, add a `use`, a comment or a helper, and change or delete
//! the tests. So the grader keeps the student's file up to its `fn main()`
//! line, checks that the original prefix's code lines (everything but
//! comments, blank lines and `use` declarations: the signatures the tests
//! call) are still there, in order and unchanged, and appends the original
//! suffix: the original `main` and the original tests.

/// One original exercise file, split.
#[derive(Debug, Clone)]
pub struct Original {
    /// The lines before the first `// TODO` line.
    pub prefix: String,
    /// The prefix's code lines, trimmed, in order (with their line numbers).
    code_lines: Vec<(usize, String)>,
    /// From the `fn main() {` line to the end.
    pub suffix: String,
    /// The suffix's line number (1-based) in the original file.
    pub suffix_line: usize,
    /// The names of the suffix's `#[test]` functions, in source order.
    pub tests: Vec<String>,
}

/// A student's answer inside the original tests.
#[derive(Debug, Clone)]
pub struct Assembled {
    /// The file to compile: the student's lines before `fn main()`, then the
    /// original suffix.
    pub source: String,
    /// How many of the first lines of `source` are the student's.
    pub student_lines: usize,
    /// The student's part of `source` (the text that is checked for
    /// `unsafe` and the like).
    pub student_part: String,
    /// The student's tests (the part from the first `#[cfg(test)]` after
    /// `fn main()`) differ from the original ones, or are gone.
    pub tests_changed: bool,
}

/// Line endings made `\n`, and a leading byte-order mark dropped.
fn normalise(text: &str) -> String {
    text.strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n")
}

/// Index of the line that opens `main` (at column 0).
fn main_line(lines: &[&str]) -> Option<usize> {
    lines.iter().position(|l| l.starts_with("fn main()"))
}

/// The trimmed lines from the first `#[cfg(test)]` on.
fn tests_part<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let start = lines
        .iter()
        .position(|l| l.trim_start().starts_with("#[cfg(test)]"))
        .unwrap_or(lines.len());
    lines[start..]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The code lines of a prefix: not blank, not a comment, not part of a
/// `use` declaration.
fn code_lines(prefix_lines: &[&str]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_use = false;
    for (i, line) in prefix_lines.iter().enumerate() {
        let line = line.trim();
        if in_use {
            in_use = !line.ends_with(';');
            continue;
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        if line.starts_with("use ") || line.starts_with("pub use ") {
            in_use = !line.ends_with(';');
            continue;
        }
        out.push((i.saturating_add(1), line.to_owned()));
    }
    out
}

/// The names of the `#[test]` functions of `lines`, in order.
fn test_names(lines: &[&str]) -> Vec<String> {
    let mut names = Vec::new();
    let mut after_test_attribute = false;
    for line in lines {
        let line = line.trim();
        if line == "#[test]" {
            after_test_attribute = true;
        } else if after_test_attribute && !line.starts_with("#[") && !line.starts_with("//") {
            if let Some(rest) = line.strip_prefix("fn ") {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                names.push(name);
            }
            after_test_attribute = false;
        }
    }
    names
}

impl Original {
    /// Splits an original exercise file.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = normalise(text);
        let lines: Vec<&str> = text.lines().collect();
        let main = main_line(&lines).ok_or("the original file has no `fn main()` line")?;
        let todo = lines[..main]
            .iter()
            .position(|l| l.trim_start().starts_with("// TODO"))
            .ok_or("the original file has no `// TODO` line before `fn main()`")?;
        let code_lines = code_lines(&lines[..todo]);
        if code_lines.is_empty() {
            return Err("the original file has no code before its `// TODO` line".into());
        }
        let tests = test_names(&lines[main..]);
        if tests.is_empty() {
            return Err("the original file has no `#[test]` after `fn main()`".into());
        }
        Ok(Self {
            prefix: lines[..todo].join("\n"),
            code_lines,
            suffix: lines[main..].join("\n"),
            suffix_line: main.saturating_add(1),
            tests,
        })
    }

    /// The student's file with its `main` and tests replaced by the
    /// original ones, or why the file no longer has the exercise's shape.
    pub fn assemble(&self, student: &str) -> Result<Assembled, String> {
        let student = normalise(student);
        let lines: Vec<&str> = student.lines().collect();
        let main = main_line(&lines)
            .ok_or("the file no longer has the exercise's shape: no `fn main()` line")?;
        let mut from = 0;
        for (original_line, code) in &self.code_lines {
            match lines[from..main].iter().position(|l| l.trim() == code) {
                Some(i) => from = from.saturating_add(i).saturating_add(1),
                None => {
                    return Err(format!(
                        "the file no longer has the exercise's shape: line {original_line} \
                         of the original, `{code}`, is missing or changed before `fn main()`"
                    ));
                }
            }
        }
        let original_lines: Vec<&str> = self.suffix.lines().collect();
        let tests_changed = tests_part(&lines[main..]) != tests_part(&original_lines);
        let student_part = lines[..main].join("\n");
        // `main` is at least 1: the prefix's code lines came before it.
        let source = format!("{student_part}\n{}\n", self.suffix);
        Ok(Assembled {
            source,
            student_lines: main,
            student_part,
            tests_changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "\
// Lesson 01: a header.
//
// Rules: ...

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Doc.
fn record<S: BuildHasher>(
    stock: &mut HashMap<String, i32, S>,
) {
    // TODO: make it compile.
    stock.clear()
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first() {}

    #[test]
    #[should_panic]
    fn second_one() {}
}
";

    fn original() -> Original {
        Original::parse(ORIGINAL).unwrap()
    }

    #[test]
    fn an_original_splits_at_the_todo_and_at_main() {
        let o = original();
        assert!(o.prefix.ends_with(") {"));
        assert!(o.suffix.starts_with("fn main() {"));
        assert_eq!(o.suffix_line, 16);
        assert_eq!(o.tests, ["first", "second_one"]);
        let code: Vec<&str> = o.code_lines.iter().map(|(_, c)| c.as_str()).collect();
        assert_eq!(
            code,
            [
                "fn record<S: BuildHasher>(",
                "stock: &mut HashMap<String, i32, S>,",
                ") {"
            ]
        );
        assert_eq!(o.code_lines[0].0, 9);
    }

    #[test]
    fn use_declarations_are_not_code_lines() {
        let prefix = [
            "use a;",
            "fn f() {",
            "use b::{",
            "    c,",
            "};",
            "// x",
            "",
            "struct S;",
        ];
        let code: Vec<String> = code_lines(&prefix).into_iter().map(|(_, c)| c).collect();
        assert_eq!(code, ["fn f() {", "struct S;"]);
        let numbers: Vec<usize> = code_lines(&prefix).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, [2, 8]);
    }

    #[test]
    fn an_original_without_todo_main_code_or_tests_is_refused() {
        assert!(Original::parse("fn f() {\n}\nfn main() {}\n#[test]\nfn t() {}\n").is_err());
        assert!(Original::parse("fn f() {\n// TODO\n}\n").is_err());
        let why = Original::parse("fn main() {}\nfn f() {\n// TODO\n}\n#[test]\nfn t() {}\n")
            .unwrap_err();
        assert_eq!(
            why,
            "the original file has no `// TODO` line before `fn main()`"
        );
        assert!(Original::parse("// TODO\nfn main() {}\n#[test]\nfn t() {}\n").is_err());
        assert!(Original::parse("fn f() {\n// TODO\n}\nfn main() {}\n").is_err());
        assert!(
            Original::parse("fn f() {\n// TODO\n}\nfn main() {}\n#[test]\nfn t() {}\n").is_ok()
        );
    }

    #[test]
    fn the_answer_goes_between_the_students_code_and_the_original_tests() {
        let student = ORIGINAL
            .replace("    // TODO: make it compile.\n", "")
            .replace("stock.clear()", "stock.retain(|_, v| *v > 0);")
            .replace("    #[test]\n    fn first() {}\n", "");
        let a = original().assemble(&student).unwrap();
        assert!(a.tests_changed);
        assert!(a.source.contains("stock.retain(|_, v| *v > 0);"));
        assert!(a.source.contains("fn first() {}"));
        assert!(a.source.ends_with("    fn second_one() {}\n}\n"));
        assert_eq!(a.student_lines, 14);
        assert_eq!(a.source.lines().nth(14), Some("fn main() {"));
        assert!(!a.student_part.contains("fn main"));
    }

    #[test]
    fn the_students_main_may_change_without_changing_the_tests() {
        let student = ORIGINAL.replace(
            "    // You can optionally experiment here.\n",
            "    println!(\"trying\");\n",
        );
        let a = original().assemble(&student).unwrap();
        assert!(!a.tests_changed);
        assert!(!a.source.contains("trying"));
    }

    #[test]
    fn uses_comments_helpers_and_line_endings_may_change() {
        let student = ORIGINAL
            .replace(
                "use std::collections::HashMap;\nuse std::hash::BuildHasher;\n",
                "use std::{\n    collections::{HashMap, hash_map::Entry},\n    hash::BuildHasher,\n};\n\nfn helper() {}\n",
            )
            .replace("/// Doc.\n", "// My notes.\n")
            .replace('\n', "\r\n");
        let a = original().assemble(&format!("\u{feff}{student}")).unwrap();
        assert!(!a.tests_changed);
        assert!(a.source.contains("fn helper() {}\n"));
        assert!(!a.source.contains('\r'));
        assert!(!a.source.starts_with('\u{feff}'));
    }

    #[test]
    fn a_changed_signature_or_a_missing_main_is_not_the_exercise_any_more() {
        let changed = ORIGINAL.replace("stock: &mut", "mut stock: &mut");
        let why = original().assemble(&changed).unwrap_err();
        assert!(why.contains("line 10 of the original"), "{why}");
        assert!(
            why.contains("`stock: &mut HashMap<String, i32, S>,`"),
            "{why}"
        );

        let no_main = ORIGINAL.replace("fn main() {", "fn mane() {");
        let why = original().assemble(&no_main).unwrap_err();
        assert!(why.contains("no `fn main()` line"), "{why}");

        // The signature moved after main: not before main any more.
        let moved = ORIGINAL.replace("/// Doc.\nfn record", "fn main() {}\n/// Doc.\nfn record");
        assert!(original().assemble(&moved).is_err());

        // The original's lines out of order.
        let swapped = ORIGINAL.replace(
            "fn record<S: BuildHasher>(\n    stock: &mut HashMap<String, i32, S>,\n",
            "    stock: &mut HashMap<String, i32, S>,\nfn record<S: BuildHasher>(\n",
        );
        assert!(original().assemble(&swapped).is_err());
    }

    #[test]
    fn deleted_tests_count_as_changed() {
        let cut = ORIGINAL.find("#[cfg(test)]").unwrap();
        let a = original().assemble(&ORIGINAL[..cut]).unwrap();
        assert!(a.tests_changed);
        assert!(a.source.contains("fn second_one() {}"));
        let a = original().assemble(ORIGINAL).unwrap();
        assert!(!a.tests_changed);
        assert_eq!(a.source, ORIGINAL);
    }

    #[test]
    fn a_file_that_is_only_main_keeps_nothing_of_the_student() {
        let o =
            Original::parse("fn f() {\n// TODO\n}\nfn main() {}\n#[test]\nfn t() {}\n").unwrap();
        assert!(o.assemble("fn main() {}\n").is_err());
    }
}
