//! The text work of `cargo xtask upgrade`: everything that can be decided by
//! reading and rewriting files, kept apart from running commands so that it
//! can be unit-tested. `main.rs` runs the compilers and Cargo.
//!
//! Nothing here knows the course's file names. Pinned artefacts are found by
//! shape: a `const` whose name contains `PINNED` and whose value starts with
//! `rustc `, a `rust-version = "..."` line, a `channel = "..."` line, an
//! exercise whose first line says "The stub fails with EXXXX.", a string
//! literal naming a `*_OVERWRITE` variable, and the [`MARKER`] comment.
#![forbid(unsafe_code)]

use std::fmt;

/// The comment that marks a place the upgrade cannot regenerate: a person
/// must re-check it on the new compiler. `cargo xtask markers` lists them.
pub const MARKER: &str = "PINNED-BY-HAND:";

/// A `rustc --version` line, parsed: `rustc 1.97.0-nightly (e50aa6fba 2026-05-19)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// `1` in `1.97.0`.
    pub major: u32,
    /// `97` in `1.97.0`.
    pub minor: u32,
    /// `0` in `1.97.0`.
    pub patch: u32,
    /// `nightly` in `1.97.0-nightly`, if any.
    pub pre: Option<String>,
}

impl Version {
    /// Parses what `rustc --version` prints (with or without the leading
    /// `rustc `), or a bare toolchain channel such as `1.95.0` or `1.95`
    /// (a missing patch is 0).
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let text = text.strip_prefix("rustc ").unwrap_or(text);
        let number = text.split_whitespace().next()?;
        let (number, pre) = match number.split_once('-') {
            Some((number, pre)) => (number, Some(pre.to_owned())),
            None => (number, None),
        };
        let mut parts = number.split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next()?.parse().ok()?;
        let patch = match parts.next() {
            Some(patch) => patch.parse().ok()?,
            None => 0,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Self {
            major,
            minor,
            patch,
            pre,
        })
    }

    /// `1.97.0-nightly`, `1.95.0`.
    #[must_use]
    pub fn full(&self) -> String {
        match &self.pre {
            Some(pre) => format!("{}.{}.{}-{pre}", self.major, self.minor, self.patch),
            None => format!("{}.{}.{}", self.major, self.minor, self.patch),
        }
    }

    /// `1.97`, `1.95`: what the course writes in prose ("in Rust 1.95's `HashMap`").
    #[must_use]
    pub fn minor_version(&self) -> String {
        format!("{}.{}", self.major, self.minor)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full())
    }
}

/// One line an edit changed, for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// 1-based line number.
    pub line: usize,
    /// The line before.
    pub before: String,
    /// The line after.
    pub after: String,
}

/// A place the upgrade found but could not rewrite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based line number (0 when the problem is the whole file).
    pub line: usize,
    /// Why.
    pub reason: String,
}

/// The result of rewriting one file's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Edit {
    /// The new text (equal to the old one when nothing changed).
    pub text: String,
    /// The lines changed.
    pub changes: Vec<Change>,
    /// The places found and not rewritten.
    pub skipped: Vec<Skipped>,
}

/// Rewrites `text` line by line: `rewrite` returns `Ok(Some(new))` to replace
/// a line, `Ok(None)` to keep it, `Err(reason)` to keep it and report it.
/// Line endings are kept as they are.
fn edit_lines(text: &str, mut rewrite: impl FnMut(&str) -> Result<Option<String>, String>) -> Edit {
    let mut edit = Edit::default();
    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let line_number = index.saturating_add(1);
        let (line, ending) = match raw.strip_suffix("\r\n") {
            Some(line) => (line, "\r\n"),
            None => match raw.strip_suffix('\n') {
                Some(line) => (line, "\n"),
                None => (raw, ""),
            },
        };
        match rewrite(line) {
            Ok(Some(new)) if new != line => {
                edit.changes.push(Change {
                    line: line_number,
                    before: line.to_owned(),
                    after: new.clone(),
                });
                edit.text.push_str(&new);
            }
            Ok(_) => edit.text.push_str(line),
            Err(reason) => {
                edit.skipped.push(Skipped {
                    line: line_number,
                    reason,
                });
                edit.text.push_str(line);
            }
        }
        edit.text.push_str(ending);
    }
    edit
}

/// Splits `line` around its first string literal: (before, contents, after),
/// the quotes excluded. `None` if the line has no complete literal without
/// escapes.
fn first_literal(line: &str) -> Option<(&str, &str, &str)> {
    let open = line.find('"')?;
    let rest = line.get(open.saturating_add(1)..)?;
    let close = rest.find('"')?;
    let contents = rest.get(..close)?;
    if contents.contains('\\') {
        return None;
    }
    let before = line.get(..open)?;
    let after = rest.get(close.saturating_add(1)..)?;
    Some((before, contents, after))
}

/// Sets `channel = "..."` in a `rust-toolchain.toml` to `toolchain`.
///
/// The file is reported as skipped if it has no `channel` line.
#[must_use]
pub fn rewrite_channel(text: &str, toolchain: &str) -> Edit {
    let mut edit = edit_lines(text, |line| {
        if !line.trim_start().starts_with("channel") {
            return Ok(None);
        }
        let Some((before, _old, after)) = first_literal(line) else {
            return Err(format!("cannot read the channel in `{line}`"));
        };
        Ok(Some(format!("{before}\"{toolchain}\"{after}")))
    });
    let found = text
        .lines()
        .any(|line| line.trim_start().starts_with("channel"));
    if !found {
        edit.skipped.push(Skipped {
            line: 0,
            reason: "no `channel = \"...\"` line".to_owned(),
        });
    }
    edit
}

/// The new value of a pinned `rustc ...` version literal, at the precision
/// the old one was written with: `rustc 1.95.0 ` becomes `rustc 1.97.0-nightly `
/// (the whole version), `rustc 1.95.` becomes `rustc 1.97.` (any patch).
///
/// # Errors
///
/// The reason, if the literal does not quote the old version.
pub fn rewrite_version_literal(
    contents: &str,
    old: &Version,
    new: &Version,
) -> Result<String, String> {
    let Some(version) = contents.strip_prefix("rustc ") else {
        return Err(format!("`{contents}` does not start with `rustc `"));
    };
    let old_full = old.full();
    if let Some(rest) = version.strip_prefix(&old_full) {
        // `1.95.0` must not match inside `1.95.01`.
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok(format!("rustc {}{rest}", new.full()));
        }
    }
    let old_minor = format!("{}.", old.minor_version());
    if version == old_minor {
        return Ok(format!("rustc {}.", new.minor_version()));
    }
    Err(format!(
        "`{contents}` is neither `rustc {old_full}...` nor `rustc {old_minor}`"
    ))
}

/// Whether `line` declares a `const` (or `static`) whose name contains
/// `PINNED`; returns the name.
fn pinned_const_name(line: &str) -> Option<&str> {
    let code = line.trim_start();
    let code = code.strip_prefix("pub ").unwrap_or(code);
    let code = code
        .strip_prefix("const ")
        .or_else(|| code.strip_prefix("static "))?;
    let name = code.split(':').next()?.trim();
    name.contains("PINNED").then_some(name)
}

/// Rewrites every `const ...PINNED...: &str = "rustc <version>...";` in a
/// Rust source to the new version, at the precision it was written with
/// (see [`rewrite_version_literal`]). Constants whose value does not start
/// with `rustc ` (a file name, say) are left alone; one that starts with it
/// but cannot be rewritten is reported.
#[must_use]
pub fn rewrite_pinned_consts(source: &str, old: &Version, new: &Version) -> Edit {
    edit_lines(source, |line| {
        let Some(name) = pinned_const_name(line) else {
            return Ok(None);
        };
        let Some((before, contents, after)) = first_literal(line) else {
            if line.contains('=') && !line.trim_end().ends_with('=') {
                return Ok(None);
            }
            return Err(format!(
                "`{name}`: its value is not on the same line; rewrite it by hand"
            ));
        };
        if !contents.starts_with("rustc ") {
            return Ok(None);
        }
        let new_contents =
            rewrite_version_literal(contents, old, new).map_err(|e| format!("`{name}`: {e}"))?;
        Ok(Some(format!("{before}\"{new_contents}\"{after}")))
    })
}

/// Rewrites `rust-version = "1.95"` (or `"1.95.0"`) in a `Cargo.toml` to the
/// new compiler's version at the same precision. `rust-version.workspace =
/// true` lines are not touched; a value that is not the old version is
/// reported.
#[must_use]
pub fn rewrite_rust_version(manifest: &str, old: &Version, new: &Version) -> Edit {
    edit_lines(manifest, |line| {
        let trimmed = line.trim_start();
        let Some(rest) = trimmed.strip_prefix("rust-version") else {
            return Ok(None);
        };
        if !rest.trim_start().starts_with('=') {
            return Ok(None);
        }
        let Some((before, contents, after)) = first_literal(line) else {
            return Err(format!("cannot read `{line}`"));
        };
        let old_minor = old.minor_version();
        let old_patch = format!("{old_minor}.{}", old.patch);
        let value = if contents == old_minor {
            new.minor_version()
        } else if contents == old_patch {
            format!("{}.{}", new.minor_version(), new.patch)
        } else {
            return Err(format!(
                "rust-version `{contents}` is not the old compiler ({old_minor})"
            ));
        };
        Ok(Some(format!("{before}\"{value}\"{after}")))
    })
}

/// The error code a "make it compile" exercise names on its first line:
/// `// ... The stub fails with E0502. ...` gives `E0502`.
#[must_use]
pub fn stub_error_code(exercise: &str) -> Option<&str> {
    let first = exercise.lines().next()?;
    let (_, rest) = first.split_once("The stub fails with ")?;
    let code = rest.get(..5)?;
    let well_formed = code.starts_with('E') && code.chars().skip(1).all(|c| c.is_ascii_digit());
    (well_formed && rest.get(5..6) == Some(".")).then_some(code)
}

/// rustc's first error line in `stderr` (the first line starting with
/// `error`), as `grep -m1 '^error'` finds it.
#[must_use]
pub fn first_error_line(stderr: &str) -> Option<&str> {
    stderr.lines().find(|line| line.starts_with("error"))
}

/// In a rustlings `info.toml`, replaces the quoted compiler line in the hint
/// of exercise `name` (the first line of its `[[exercises]]` entry that,
/// indentation aside, starts with `error`) by `first_error_line`, keeping its
/// indentation and a closing `"""` on the same line.
///
/// # Errors
///
/// If there is no such exercise, or its entry quotes no error line.
pub fn rewrite_hint(info: &str, name: &str, first_error_line: &str) -> Result<Edit, String> {
    let wanted = format!("name = \"{name}\"");
    let mut in_entry = false;
    let mut found_entry = false;
    let mut done = false;
    let edit = edit_lines(info, |line| {
        if line.starts_with("[[") {
            in_entry = false;
        } else if line.trim() == wanted {
            in_entry = true;
            found_entry = true;
        } else if in_entry && !done && line.trim_start().starts_with("error") {
            done = true;
            let indent = line.len().saturating_sub(line.trim_start().len());
            let indent = line.get(..indent).unwrap_or_default();
            // A quote on the hint's last line keeps the string's closing `"""`.
            let closing = line.find("\"\"\"").and_then(|at| line.get(at..));
            let closing = closing.unwrap_or_default();
            return Ok(Some(format!("{indent}{first_error_line}{closing}")));
        }
        Ok(None)
    });
    if !found_entry {
        return Err(format!("no `{wanted}` entry"));
    }
    if !done {
        return Err(format!(
            "the hint of `{name}` quotes no `error...` line to replace"
        ));
    }
    Ok(edit)
}

/// Every line of `text` holding the [`MARKER`] right after a comment opener
/// (`// PINNED-BY-HAND:`, `//! PINNED-BY-HAND:`, `# PINNED-BY-HAND:`,
/// `<!-- PINNED-BY-HAND:`, `/* PINNED-BY-HAND:`): (1-based line, the text
/// after the marker, trimmed). Prose that names the marker (in backticks,
/// say) is not a marker.
#[must_use]
pub fn markers(text: &str) -> Vec<(usize, String)> {
    const OPENERS: [&str; 5] = ["//", "//!", "#", "<!--", "/*"];
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let (before, note) = line.split_once(MARKER)?;
            let before = before.trim_end();
            let opened = OPENERS.iter().any(|opener| before.ends_with(opener));
            opened.then(|| (index.saturating_add(1), note.trim().to_owned()))
        })
        .collect()
}

/// The environment variables a test source reads to rewrite a pinned or
/// generated file: every string literal that is a variable name ending in
/// `_OVERWRITE` (`"CLIPPY_LINT_OVERWRITE"`) or starting with `UPDATE_`
/// (`"UPDATE_TEACHING"`). `TRYBUILD=overwrite` and `INSTA_UPDATE=always` are
/// not listed here: the upgrade always sets them.
#[must_use]
pub fn overwrite_variables(source: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (index, piece) in source.split('"').enumerate() {
        let inside_quotes = index % 2 == 1;
        let is_variable = piece.starts_with(|c: char| c.is_ascii_uppercase())
            && piece
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        // `is_variable` already refuses a bare `_OVERWRITE` (it starts with `_`).
        let rewrites = piece.ends_with("_OVERWRITE")
            || (piece.len() > "UPDATE_".len() && piece.starts_with("UPDATE_"));
        let is_name = is_variable && rewrites;
        if inside_quotes && is_name && !names.iter().any(|known| known == piece) {
            names.push(piece.to_owned());
        }
    }
    names
}

/// The lines of `text` that name the compiler version `minor` (`1.95`) in a
/// way a person should re-read after an upgrade: `1.95` as a whole number
/// (not `11.95`, not `1.951`) on a line that also says "rust" (any case),
/// or written as a full version (`1.95.0`). A benchmark's `1.95 ms` is not
/// one of them.
#[must_use]
pub fn version_mentions(text: &str, minor: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let says_rust = line.to_ascii_lowercase().contains("rust");
            line.match_indices(minor).any(|(at, _)| {
                let before = line.get(..at).and_then(|b| b.chars().next_back());
                let after = line.get(at.saturating_add(minor.len())..).unwrap_or("");
                let starts_clean = !before.is_some_and(|c| c.is_ascii_digit() || c == '.');
                let mut rest = after.chars();
                let next = rest.next();
                let full_version =
                    next == Some('.') && rest.next().is_some_and(|c| c.is_ascii_digit());
                let ends_clean = !next.is_some_and(|c| c.is_ascii_digit());
                starts_clean && ends_clean && (says_rust || full_version)
            })
        })
        .map(|(index, _)| index.saturating_add(1))
        .collect()
}

/// What went wrong in a `cargo test --no-fail-fast` log: every `test NAME ...
/// FAILED` line's NAME, then every target Cargo lists as failed
/// (`-p lesson-05 --test diagnostics`), then every `error: could not compile
/// ...` line; each once, in order.
#[must_use]
pub fn test_failures(log: &str) -> Vec<String> {
    let mut failures: Vec<String> = Vec::new();
    let mut push = |item: String| {
        if !failures.contains(&item) {
            failures.push(item);
        }
    };
    for line in log.lines() {
        if let Some(name) = line
            .strip_prefix("test ")
            .and_then(|rest| rest.strip_suffix(" ... FAILED"))
        {
            push(format!("test {name}"));
        }
    }
    for line in log.lines() {
        let trimmed = line.trim();
        if let Some(target) = trimmed
            .strip_prefix('`')
            .and_then(|rest| rest.strip_suffix('`'))
            .filter(|target| target.starts_with("-p "))
        {
            push(format!("target {target}"));
        }
        if let Some(target) = trimmed
            .strip_prefix("error: test failed, to rerun pass `")
            .and_then(|rest| rest.strip_suffix('`'))
        {
            push(format!("target {target}"));
        }
        if trimmed.starts_with("error: could not compile") {
            push(trimmed.to_owned());
        }
    }
    failures
}

/// The diagnostics in a `cargo clippy` or `cargo doc` log: every `error` or
/// `warning` headline that is not a summary (`could not compile`, `generated
/// N warnings`, `aborting`), with the place its `-->` line names, each once,
/// in order: what a new compiler's Clippy or rustdoc now rejects.
#[must_use]
pub fn lint_failures(log: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let lines: Vec<&str> = log.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let headline = line.starts_with("error") || line.starts_with("warning");
        let summary = line.starts_with("error: could not compile")
            || line.starts_with("warning: build failed")
            || line.contains("generated ")
            || line.starts_with("error: aborting");
        if !headline || summary {
            continue;
        }
        let place = lines
            .iter()
            .skip(index.saturating_add(1))
            .take_while(|next| !next.starts_with("error") && !next.starts_with("warning"))
            .find_map(|next| next.trim_start().strip_prefix("--> "));
        let item = match place {
            Some(place) => format!("{line} ({place})"),
            None => (*line).to_owned(),
        };
        if !found.contains(&item) {
            found.push(item);
        }
    }
    found
}

/// Whether a file is a shell script, from its name and its first line: a
/// `.sh` or `.bash` name, or a `#!` line whose interpreter is `sh`, `bash`,
/// `dash` or `ksh` (directly, `#!/bin/bash`, or through `env`,
/// `#!/usr/bin/env bash`).
#[must_use]
pub fn is_shell_script(file_name: &str, first_line: &str) -> bool {
    const SHELLS: [&str; 4] = ["sh", "bash", "dash", "ksh"];
    if let Some((_, "sh" | "bash")) = file_name.rsplit_once('.') {
        return true;
    }
    let Some(command) = first_line.strip_prefix("#!") else {
        return false;
    };
    let mut words = command.split_whitespace();
    let Some(program) = words.next() else {
        return false;
    };
    let program = program.rsplit('/').next().unwrap_or(program);
    let interpreter = if program == "env" {
        words
            .find(|word| !word.starts_with('-'))
            .unwrap_or_default()
    } else {
        program
    };
    SHELLS.contains(&interpreter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).expect("a version")
    }

    #[test]
    fn versions_parse_from_rustc_and_channels() {
        let nightly = v("rustc 1.97.0-nightly (e50aa6fba 2026-05-19)");
        assert_eq!(
            nightly,
            Version {
                major: 1,
                minor: 97,
                patch: 0,
                pre: Some("nightly".to_owned())
            }
        );
        assert_eq!(nightly.full(), "1.97.0-nightly");
        assert_eq!(nightly.to_string(), "1.97.0-nightly");
        assert_eq!(nightly.minor_version(), "1.97");
        assert_eq!(v("rustc 1.95.0 (59807616e 2026-04-14)").full(), "1.95.0");
        assert_eq!(v("1.95.2").patch, 2);
        assert_eq!(v("1.96").full(), "1.96.0");
        assert_eq!(Version::parse("nightly"), None);
        assert_eq!(Version::parse("1"), None);
        assert_eq!(Version::parse("1.2.3.4"), None);
        assert_eq!(Version::parse("1.x.0"), None);
        assert_eq!(Version::parse(""), None);
    }

    #[test]
    fn the_channel_is_replaced_and_the_rest_kept() {
        let file = "# why\n[toolchain]\nchannel = \"1.95.0\"\ncomponents = [\"clippy\"]\n";
        let edit = rewrite_channel(file, "nightly");
        assert_eq!(
            edit.text,
            "# why\n[toolchain]\nchannel = \"nightly\"\ncomponents = [\"clippy\"]\n"
        );
        assert_eq!(edit.changes.len(), 1);
        assert_eq!(edit.changes[0].line, 3);
        assert_eq!(edit.changes[0].before, "channel = \"1.95.0\"");
        assert!(edit.skipped.is_empty());
        let missing = rewrite_channel("[toolchain]\n", "nightly");
        assert_eq!(missing.text, "[toolchain]\n");
        assert_eq!(missing.skipped.len(), 1);
        let same = rewrite_channel(file, "1.95.0");
        assert!(same.changes.is_empty(), "no change is reported as none");
    }

    #[test]
    fn crlf_and_a_missing_final_newline_survive() {
        let edit = rewrite_channel("channel = \"1.95.0\"\r\nx = 1", "1.96.0");
        assert_eq!(edit.text, "channel = \"1.96.0\"\r\nx = 1");
    }

    #[test]
    fn version_literals_keep_their_precision() {
        let old = v("rustc 1.95.0 (59807616e 2026-04-14)");
        let new = v("rustc 1.97.0-nightly (e50aa6fba 2026-05-19)");
        let rewrite = |c: &str| rewrite_version_literal(c, &old, &new);
        assert_eq!(
            rewrite("rustc 1.95.0 ").as_deref(),
            Ok("rustc 1.97.0-nightly ")
        );
        assert_eq!(rewrite("rustc 1.95.").as_deref(), Ok("rustc 1.97."));
        assert_eq!(
            rewrite("rustc 1.95.0").as_deref(),
            Ok("rustc 1.97.0-nightly")
        );
        assert!(rewrite("rustc 1.95.01").is_err());
        assert!(rewrite("rustc 1.96.").is_err());
        assert!(rewrite("rustc 1.9").is_err());
        assert!(rewrite("1.95.0").is_err());
    }

    #[test]
    fn pinned_consts_are_found_by_name_and_value() {
        let old = v("1.95.0");
        let new = v("1.96.1");
        let source = "\
/// doc mentioning PINNED
const PINNED: &str = \"rustc 1.95.0 \";
    pub const PINNED: &str = \"rustc 1.95.\";
const PINNED_WARNING: &str = \"tests/clippy_lint.stderr\";
const OTHER: &str = \"rustc 1.95.0 \";
static NOT_PINNED_YET: &str = \"rustc 1.94.0\";
const LONG_PINNED: &str =
    \"rustc 1.95.0\";
let x = PINNED;
";
        let edit = rewrite_pinned_consts(source, &old, &new);
        let lines: Vec<&str> = edit.text.lines().collect();
        assert_eq!(lines[1], "const PINNED: &str = \"rustc 1.96.1 \";");
        assert_eq!(lines[2], "    pub const PINNED: &str = \"rustc 1.96.\";");
        assert_eq!(
            lines[3],
            "const PINNED_WARNING: &str = \"tests/clippy_lint.stderr\";"
        );
        assert_eq!(
            lines[4], "const OTHER: &str = \"rustc 1.95.0 \";",
            "not a PINNED name"
        );
        assert_eq!(edit.changes.len(), 2);
        let skipped: Vec<usize> = edit.skipped.iter().map(|s| s.line).collect();
        assert_eq!(skipped, [6, 7], "{:?}", edit.skipped);
        assert!(edit.skipped[0].reason.contains("NOT_PINNED_YET"));
        assert!(edit.skipped[1].reason.contains("same line"));
    }

    #[test]
    fn rust_version_keeps_its_precision() {
        let old = v("1.95.0");
        let new = v("rustc 1.97.0-nightly (e50aa6fba 2026-05-19)");
        let manifest = "[workspace.package]\nrust-version = \"1.95\"\n\
                        rust-version.workspace = true\n  rust-version = \"1.95.0\" # x\n";
        let edit = rewrite_rust_version(manifest, &old, &new);
        assert_eq!(
            edit.text,
            "[workspace.package]\nrust-version = \"1.97\"\n\
             rust-version.workspace = true\n  rust-version = \"1.97.0\" # x\n"
        );
        let other = rewrite_rust_version("rust-version = \"1.80\"\n", &old, &new);
        assert_eq!(other.text, "rust-version = \"1.80\"\n");
        assert_eq!(other.skipped.len(), 1);
    }

    #[test]
    fn stub_codes_come_from_the_first_line_only() {
        assert_eq!(
            stub_error_code("// Lesson 01. The stub fails with E0502. Fix it.\nfn main() {}"),
            Some("E0502")
        );
        assert_eq!(stub_error_code("// The stub fails with E0502\n"), None);
        assert_eq!(stub_error_code("// The stub fails with EX502.\n"), None);
        assert_eq!(stub_error_code("// The stub fails with E05"), None);
        assert_eq!(
            stub_error_code("// intro\n// The stub fails with E0502.\n"),
            None
        );
        assert_eq!(stub_error_code(""), None);
    }

    #[test]
    fn the_first_error_line_is_the_first_line_starting_with_error() {
        let stderr = "warning: unused\n  error[E0000]: indented\nerror[E0502]: cannot borrow\nerror: aborting\n";
        assert_eq!(
            first_error_line(stderr),
            Some("error[E0502]: cannot borrow")
        );
        assert_eq!(first_error_line("warning: only\n"), None);
    }

    const INFO: &str = "\
[[exercises]]
name = \"l01_a\"
hint = \"\"\"
The compiler's first line:

    error[E0502]: old words

More: error[E0502] again.\"\"\"

[[exercises]]
name = \"l01_b\"
hint = \"\"\"
    error[E0499]: other words\"\"\"

[[exercises]]
name = \"l01_c\"
hint = \"\"\"No quote.\"\"\"
";

    #[test]
    fn a_hint_quote_is_replaced_in_its_own_entry_only() {
        let edit = rewrite_hint(INFO, "l01_a", "error[E0502]: new words").expect("replaced");
        assert_eq!(
            edit.text,
            INFO.replace("    error[E0502]: old words", "    error[E0502]: new words")
        );
        assert_eq!(edit.changes.len(), 1);
        assert_eq!(edit.changes[0].line, 6);
        let b = rewrite_hint(INFO, "l01_b", "error[E0499]: new").expect("replaced");
        assert!(
            b.text.contains("    error[E0502]: old words"),
            "l01_a untouched"
        );
        assert!(b.text.contains("    error[E0499]: new\"\"\""));
        let same = rewrite_hint(INFO, "l01_a", "error[E0502]: old words").expect("found");
        assert!(same.changes.is_empty());
        assert!(rewrite_hint(INFO, "l01_c", "error[E0001]: x").is_err());
        assert!(rewrite_hint(INFO, "l01_d", "error[E0001]: x").is_err());
        assert!(
            rewrite_hint(INFO, "l01", "error[E0001]: x").is_err(),
            "whole names only"
        );
    }

    #[test]
    fn markers_follow_a_comment_opener() {
        let text = "\
a
// PINNED-BY-HAND: quotes rustc's label
b // PINNED-BY-HAND:x
//! PINNED-BY-HAND: chapter
# PINNED-BY-HAND: toml or shell
<!-- PINNED-BY-HAND: markdown -->
/* PINNED-BY-HAND: block */
prose that names `PINNED-BY-HAND:` in backticks
PINNED-BY-HAND: at the start of a line
// PINNED-BY-HAND without colon";
        assert_eq!(
            markers(text),
            [
                (2, "quotes rustc's label".to_owned()),
                (3, "x".to_owned()),
                (4, "chapter".to_owned()),
                (5, "toml or shell".to_owned()),
                (6, "markdown -->".to_owned()),
                (7, "block */".to_owned()),
            ]
        );
    }

    #[test]
    fn overwrite_variables_are_quoted_names() {
        let source = "if env::var_os(\"CLIPPY_LINT_OVERWRITE\").is_some() {}\n\
                      let a = \"CLIPPY_LINT_OVERWRITE\"; let b = \"_OVERWRITE\";\n\
                      let c = \"lower_OVERWRITE\"; let d = \"X_OVERWRITE\"; // NOT_OVERWRITE\n\
                      let e = \"TRYBUILD\"; let f = \"A B_OVERWRITE\";\n\
                      const UPDATE: &str = \"UPDATE_TEACHING\"; let g = \"UPDATE_\";\n\
                      let h = \"UPDATE_teaching\"; let i = \"NO_UPDATE_X\"; let j = \"INSTA_UPDATE\";";
        assert_eq!(
            overwrite_variables(source),
            ["CLIPPY_LINT_OVERWRITE", "X_OVERWRITE", "UPDATE_TEACHING"]
        );
    }

    #[test]
    fn version_mentions_skip_other_numbers() {
        let text = "\
in Rust 1.95's HashMap
rustc 1.95.0 (abc)
takes 1.95 ms
takes 11.95 ms in rust
rust 1.951
the 1.95.0 release
rust-version = \"1.95\"
RUST 1.95
version 1.95
took 1.95 20 times";
        assert_eq!(version_mentions(text, "1.95"), [1, 2, 6, 7, 8]);
    }

    #[test]
    fn test_failures_name_tests_and_targets() {
        let log = "\
test ok_one ... ok
test tests::bad_one ... FAILED
test tests::bad_one ... FAILED
error: test failed, to rerun pass `-p lesson-05 --test diagnostics`
error: 2 targets failed:
    `-p lesson-05 --test diagnostics`
    `-p testkit --lib`
error: could not compile `lesson-09` (test \"x\") due to 1 previous error
    `not a target`
";
        assert_eq!(
            test_failures(log),
            [
                "test tests::bad_one",
                "target -p lesson-05 --test diagnostics",
                "target -p testkit --lib",
                "error: could not compile `lesson-09` (test \"x\") due to 1 previous error",
            ]
        );
        assert!(test_failures("test a ... ok\n").is_empty());
    }

    #[test]
    fn lint_failures_are_headlines_with_their_place() {
        let log = "\
    Checking x v0.1.0
error: you seem to want to iterate on a map's values
   --> lessons/lesson-07/src/lib.rs:221:27
    |
error: you seem to want to iterate on a map's values
   --> lessons/lesson-07/src/lib.rs:221:27
warning: `x` (lib) generated 1 warning
error: could not compile `x` (lib) due to 1 previous error
error: aborting due to 1 previous error
warning: unused import
error: no place
  note: --> not a place line
warning: the next one's place is not mine
error: with a place
 --> src/lib.rs:1:1
";
        assert_eq!(
            lint_failures(log),
            [
                "error: you seem to want to iterate on a map's values \
                 (lessons/lesson-07/src/lib.rs:221:27)",
                "warning: unused import",
                "error: no place",
                "warning: the next one's place is not mine",
                "error: with a place (src/lib.rs:1:1)",
            ]
        );
    }

    #[test]
    fn shell_scripts_by_name_or_shebang() {
        assert!(is_shell_script("check-wrong-solutions.sh", ""));
        assert!(is_shell_script("x.bash", "#!/usr/bin/env python3"));
        assert!(is_shell_script("run", "#!/usr/bin/env bash"));
        assert!(is_shell_script("run", "#!/usr/bin/env -S bash -e"));
        assert!(is_shell_script("run", "#!/bin/sh"));
        assert!(is_shell_script("run", "#! /bin/bash -eu"));
        assert!(is_shell_script("run", "#!/usr/bin/dash"));
        assert!(!is_shell_script("run", "#!/usr/bin/env python3"));
        assert!(!is_shell_script("run", "#!/usr/bin/env zsh"));
        assert!(!is_shell_script("run", "#!/usr/bin/env"));
        assert!(!is_shell_script("run", "#!"));
        assert!(!is_shell_script("lib.rs", "#![forbid(unsafe_code)]"));
        assert!(!is_shell_script("notes.shell", "bash"));
        assert!(!is_shell_script("sh", ""));
    }
}
