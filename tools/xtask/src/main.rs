//! `cargo xtask`: the course maintainer's commands (see MAINTAINING.md).
//!
//! ```text
//! cargo xtask upgrade <toolchain> [--allow-dirty] [--no-verify]
//! cargo xtask markers
//! cargo xtask shellcheck
//! ```
//!
//! `upgrade` moves every compiler-dependent file to an installed toolchain
//! and never commits: read `git diff` and commit yourself.
#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use xtask::{Edit, MARKER, Version};

const USAGE: &str = "\
usage:
  cargo xtask upgrade <toolchain> [--allow-dirty] [--no-verify]
      Re-pin the course to an installed rustup toolchain (`1.96.0`, `nightly`):
      rust-toolchain.toml, the PINNED constants, rust-version, the exercise hints
      that quote rustc, every .stderr (TRYBUILD=overwrite, and each *_OVERWRITE
      or UPDATE_* variable the tests read) and insta snapshot (INSTA_UPDATE=always); then
      run the checks on the new toolchain and list what a person must still do.
      Never commits. --allow-dirty: run on a tree with uncommitted changes.
      --no-verify: skip the checks after regenerating.
  cargo xtask markers
      List every `PINNED-BY-HAND:` marker and every test that compares
      hand-quoted compiler wording on the pinned compiler only.
  cargo xtask shellcheck
      Run shellcheck on every shell script git tracks (a `.sh` or `.bash`
      name, or a `#!` line naming sh, bash, dash or ksh).";

type Result<T> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("upgrade") => upgrade(&args[1..]),
        Some("markers") if args.len() == 1 => repo_root().map(|root| {
            print_hand_work(&root, &tracked_files(&root));
        }),
        Some("shellcheck") if args.len() == 1 => shellcheck(),
        _ => Err(USAGE.to_owned()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs shellcheck on every tracked shell script, found by name or `#!` line.
fn shellcheck() -> Result<()> {
    let root = repo_root()?;
    let scripts: Vec<PathBuf> = tracked_files(&root)
        .into_iter()
        .filter(|file| {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let first = fs::read(root.join(file)).unwrap_or_default();
            let first = first.split(|&b| b == b'\n').next().unwrap_or_default();
            xtask::is_shell_script(name, &String::from_utf8_lossy(first))
        })
        .collect();
    if scripts.is_empty() {
        return Err("no shell script found".to_owned());
    }
    for script in &scripts {
        say(&format!("shellcheck {}", script.display()));
    }
    let status = Command::new("shellcheck")
        .args(&scripts)
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cannot run shellcheck (Debian: apt-get install shellcheck): {e}"))?;
    if status.success() {
        say(&format!("ok: {} script(s), no finding", scripts.len()));
        Ok(())
    } else {
        Err("shellcheck reported findings (above)".to_owned())
    }
}

/// Options of `upgrade`.
struct Options {
    toolchain: String,
    allow_dirty: bool,
    verify: bool,
}

fn parse_upgrade(args: &[String]) -> Result<Options> {
    let mut toolchain = None;
    let mut allow_dirty = false;
    let mut verify = true;
    for arg in args {
        match arg.as_str() {
            "--allow-dirty" => allow_dirty = true,
            "--no-verify" => verify = false,
            flag if flag.starts_with('-') => return Err(format!("unknown flag {flag}\n{USAGE}")),
            name if toolchain.is_none() => toolchain = Some(name.to_owned()),
            extra => return Err(format!("unexpected argument {extra}\n{USAGE}")),
        }
    }
    let toolchain = toolchain.ok_or_else(|| USAGE.to_owned())?;
    Ok(Options {
        toolchain,
        allow_dirty,
        verify,
    })
}

fn upgrade(args: &[String]) -> Result<()> {
    let options = parse_upgrade(args)?;
    let root = repo_root()?;
    let dirty = capture(
        Command::new("git")
            .args(["status", "--porcelain"])
            .current_dir(&root),
    )?;
    if !dirty.trim().is_empty() && !options.allow_dirty {
        return Err(format!(
            "uncommitted changes in {} (commit or stash them first, so that `git diff` \
             shows only what the upgrade did; or pass --allow-dirty):\n{dirty}",
            root.display()
        ));
    }
    let toolchain = options.toolchain.as_str();
    check_installed(toolchain)?;
    let new = toolchain_version(toolchain)?;

    let toolchain_file = root.join("rust-toolchain.toml");
    let toolchain_text = read(&toolchain_file)?;
    let old_channel = toolchain_text
        .lines()
        .find_map(|line| {
            let value = line.trim_start().strip_prefix("channel")?;
            Some(value.split('"').nth(1)?.to_owned())
        })
        .ok_or("rust-toolchain.toml has no channel")?;
    let old = toolchain_version(&old_channel)
        .or_else(|_| Version::parse(&old_channel).ok_or(()))
        .map_err(|()| format!("cannot tell which rustc `{old_channel}` is"))?;
    say(&format!(
        "upgrade: {old_channel} (rustc {old}) -> {toolchain} (rustc {new}) in {}",
        root.display()
    ));

    let files = tracked_files(&root);
    let mut report = Report::default();

    say("\n== 1. rust-toolchain.toml, PINNED constants, rust-version");
    let edit = xtask::rewrite_channel(&toolchain_text, toolchain);
    report.apply(&root, Path::new("rust-toolchain.toml"), &edit)?;
    for file in files
        .iter()
        .filter(|f| has_extension(f, "rs") && !is_own(&root, f))
    {
        let text = read(&root.join(file))?;
        report.apply(
            &root,
            file,
            &xtask::rewrite_pinned_consts(&text, &old, &new),
        )?;
    }
    for file in files.iter().filter(|f| f.ends_with("Cargo.toml")) {
        let text = read(&root.join(file))?;
        report.apply(&root, file, &xtask::rewrite_rust_version(&text, &old, &new))?;
    }

    say("\n== 2. exercise hints that quote rustc's first error line");
    for info in files.iter().filter(|f| f.ends_with("info.toml")) {
        rewrite_hints(&root, info, &files, toolchain, &mut report)?;
    }

    say("\n== 3. .stderr files and snapshots (one `cargo test --workspace`, rewriting)");
    let variables = overwrite_variables(&root, &files)?;
    let logs = root.join("target/xtask");
    fs::create_dir_all(&logs).map_err(|e| format!("{}: {e}", logs.display()))?;
    let mut regenerate = cargo(toolchain, &root, &["test", "--workspace", "--no-fail-fast"]);
    regenerate
        .env("TRYBUILD", "overwrite")
        .env("INSTA_UPDATE", "always")
        .env_remove("CI");
    for variable in &variables {
        regenerate.env(variable, "1");
    }
    let shown = variables
        .iter()
        .map(|v| format!("{v}=1 "))
        .collect::<String>();
    say(&format!(
        "TRYBUILD=overwrite INSTA_UPDATE=always {shown}cargo +{toolchain} test --workspace --no-fail-fast"
    ));
    let (_, log) = run_logged(&mut regenerate, &logs.join("regenerate.log"))?;
    let left = xtask::test_failures(&log);
    if !left.is_empty() && options.verify {
        say(&format!(
            "   {} test(s) or target(s) failed while rewriting; step 4 runs every check again \
             on the rewritten files and lists what still fails",
            left.len()
        ));
    } else {
        for failure in &left {
            say(&format!("   failed while rewriting: {failure}"));
        }
    }

    let checks = if options.verify {
        say("\n== 4. the checks, on the new toolchain");
        verify(toolchain, &root, &files, &logs)?
    } else {
        say("\n== 4. checks skipped (--no-verify)");
        Vec::new()
    };

    say("\n== What changed (git diff --stat; nothing is committed)");
    let stat = capture(
        Command::new("git")
            .args(["diff", "--stat"])
            .current_dir(&root),
    )?;
    say(if stat.trim().is_empty() {
        "   nothing"
    } else {
        &stat
    });
    let names = capture(
        Command::new("git")
            .args(["diff", "--name-only"])
            .current_dir(&root),
    )?;
    summarise_kinds(&names);
    report.print();

    say("\n== What a person must still do");
    let mut todo = 0_usize;
    for (name, failures) in &checks {
        if failures.is_empty() {
            continue;
        }
        todo = todo.saturating_add(1);
        say(&format!("- `{name}` fails on {toolchain}:"));
        for failure in failures.iter().take(40) {
            say(&format!("    {failure}"));
        }
        if failures.len() > 40 {
            say(&format!(
                "    ... and {} more (see target/xtask/)",
                failures.len().saturating_sub(40)
            ));
        }
    }
    if todo == 0 && options.verify {
        say("- every check passes on the new toolchain");
    }
    print_hand_work(&root, &files);
    print_version_mentions(&root, &files, &old);
    say("\nRead `git diff` line by line before committing; logs are in target/xtask/.");
    Ok(())
}

/// What the edits did, for the report.
#[derive(Default)]
struct Report {
    changed: BTreeMap<PathBuf, Vec<xtask::Change>>,
    skipped: Vec<String>,
}

impl Report {
    fn apply(&mut self, root: &Path, file: &Path, edit: &Edit) -> Result<()> {
        for skipped in &edit.skipped {
            let place = format!("{}:{}: {}", file.display(), skipped.line, skipped.reason);
            say(&format!("   NOT REWRITTEN {place}"));
            self.skipped.push(place);
        }
        if edit.changes.is_empty() {
            return Ok(());
        }
        for change in &edit.changes {
            say(&format!(
                "   {}:{}: {} -> {}",
                file.display(),
                change.line,
                change.before.trim(),
                change.after.trim()
            ));
        }
        let path = root.join(file);
        fs::write(&path, &edit.text).map_err(|e| format!("{}: {e}", path.display()))?;
        self.changed
            .entry(file.to_owned())
            .or_default()
            .extend(edit.changes.iter().cloned());
        Ok(())
    }

    fn skip(&mut self, place: String) {
        say(&format!("   NOT REWRITTEN {place}"));
        self.skipped.push(place);
    }

    fn print(&self) {
        if !self.skipped.is_empty() {
            say("\nFound but not rewritten (fix by hand):");
            for place in &self.skipped {
                say(&format!("- {place}"));
            }
        }
    }
}

/// Compiles every "make it compile" stub next to `info` with the new
/// toolchain and rewrites the hint line that quotes its first error.
fn rewrite_hints(
    root: &Path,
    info: &Path,
    files: &[PathBuf],
    toolchain: &str,
    report: &mut Report,
) -> Result<()> {
    let mut text = read(&root.join(info))?;
    if !text.contains("[[exercises]]") {
        return Ok(());
    }
    let base = info.parent().unwrap_or(Path::new(""));
    let edition = read(&root.join(base).join("Cargo.toml"))
        .ok()
        .and_then(|manifest| {
            manifest.lines().find_map(|line| {
                let value = line.trim_start().strip_prefix("edition")?;
                Some(value.split('"').nth(1)?.to_owned())
            })
        })
        .unwrap_or_else(|| "2024".to_owned());
    let stubs = files
        .iter()
        .filter(|f| f.starts_with(base.join("exercises")) && has_extension(f, "rs"));
    let scratch = std::env::temp_dir().join(format!("xtask-stubs-{}", std::process::id()));
    fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let mut checked = 0_usize;
    for stub in stubs {
        let source = read(&root.join(stub))?;
        let Some(code) = xtask::stub_error_code(&source) else {
            continue;
        };
        checked = checked.saturating_add(1);
        let name = stub
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{}: no file name", stub.display()))?;
        let output = Command::new("rustc")
            .env("RUSTUP_TOOLCHAIN", toolchain)
            .args(["--edition", &edition, "--crate-name", "stub", "-o"])
            .arg(scratch.join("stub"))
            .arg(root.join(stub))
            .output()
            .map_err(|e| format!("cannot run rustc: {e}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = xtask::first_error_line(&stderr);
        match first {
            _ if output.status.success() => {
                report.skip(format!(
                    "{}: the stub now compiles (its header says {code})",
                    stub.display()
                ));
            }
            Some(line) if line.starts_with(&format!("error[{code}]")) => {
                match xtask::rewrite_hint(&text, name, line) {
                    Ok(edit) => {
                        report.apply(root, info, &edit)?;
                        text = edit.text;
                    }
                    Err(reason) => report.skip(format!("{}: {reason}", info.display())),
                }
            }
            other => report.skip(format!(
                "{}: the stub's first error is now `{}`, its header says {code}",
                stub.display(),
                other.unwrap_or("(none)")
            )),
        }
    }
    fs::remove_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    say(&format!("   {checked} stub(s) compiled with {toolchain}"));
    Ok(())
}

/// Every `*_OVERWRITE` or `UPDATE_*` variable a Rust source outside the gallery and the
/// exercises names (tests that rewrite a pinned file when it is set).
fn overwrite_variables(root: &Path, files: &[PathBuf]) -> Result<Vec<String>> {
    let mut variables: Vec<String> = Vec::new();
    for file in files.iter().filter(|f| has_extension(f, "rs")) {
        if file.starts_with("compile_fail") || file.starts_with("exercises") || is_own(root, file) {
            continue;
        }
        for variable in xtask::overwrite_variables(&read(&root.join(file))?) {
            if !variables.contains(&variable) {
                variables.push(variable);
            }
        }
    }
    Ok(variables)
}

/// The project's checks on the new toolchain; each with what failed.
fn verify(
    toolchain: &str,
    root: &Path,
    files: &[PathBuf],
    logs: &Path,
) -> Result<Vec<(String, Vec<String>)>> {
    let mut results = Vec::new();

    let name = format!("cargo +{toolchain} test --workspace --no-fail-fast");
    say(&name);
    let mut test = cargo(toolchain, root, &["test", "--workspace", "--no-fail-fast"]);
    test.env_remove("CI");
    let (ok, log) = run_logged(&mut test, &logs.join("verify-test.log"))?;
    let mut failures = xtask::test_failures(&log);
    if !ok && failures.is_empty() {
        failures.push("failed; see target/xtask/verify-test.log".to_owned());
    }
    results.push((name, failures));

    let name =
        format!("cargo +{toolchain} clippy --workspace --all-targets --keep-going -- -D warnings");
    say(&name);
    let mut clippy = cargo(
        toolchain,
        root,
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--keep-going",
            "--",
            "-D",
            "warnings",
        ],
    );
    let (ok, log) = run_logged(&mut clippy, &logs.join("verify-clippy.log"))?;
    results.push((
        name,
        failures_or_log(ok, xtask::lint_failures(&log), "verify-clippy.log"),
    ));

    let name = format!("RUSTDOCFLAGS=\"-D warnings\" cargo +{toolchain} doc --workspace --no-deps");
    say(&name);
    let mut doc = cargo(toolchain, root, &["doc", "--workspace", "--no-deps"]);
    doc.env("RUSTDOCFLAGS", "-D warnings");
    let (ok, log) = run_logged(&mut doc, &logs.join("verify-doc.log"))?;
    results.push((
        name,
        failures_or_log(ok, xtask::lint_failures(&log), "verify-doc.log"),
    ));

    let name = format!("cargo +{toolchain} fmt --all --check");
    say(&name);
    let mut fmt = cargo(toolchain, root, &["fmt", "--all", "--check"]);
    let (ok, log) = run_logged(&mut fmt, &logs.join("verify-fmt.log"))?;
    let unformatted: Vec<String> = log
        .lines()
        .filter_map(|line| line.strip_prefix("Diff in "))
        .map(|place| format!("not formatted: {place}"))
        .collect();
    results.push((name, failures_or_log(ok, unformatted, "verify-fmt.log")));

    for script in files.iter().filter(|f| {
        has_extension(f, "sh")
            && f.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("check-"))
    }) {
        let name = format!("RUSTUP_TOOLCHAIN={toolchain} {}", script.display());
        say(&name);
        let log_name = format!(
            "verify-{}.log",
            script
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("script")
        );
        let mut run = Command::new(root.join(script));
        run.current_dir(root).env("RUSTUP_TOOLCHAIN", toolchain);
        let (ok, log) = run_logged(&mut run, &logs.join(&log_name))?;
        let failures = log
            .lines()
            .filter(|line| line.contains("FAIL"))
            .map(str::to_owned)
            .collect();
        results.push((name, failures_or_log(ok, failures, &log_name)));
    }
    Ok(results)
}

/// `failures`, or one line pointing at the log when a command failed
/// without a recognisable failure line.
fn failures_or_log(ok: bool, mut failures: Vec<String>, log: &str) -> Vec<String> {
    if ok {
        return Vec::new();
    }
    if failures.is_empty() {
        failures.push(format!("failed; see target/xtask/{log}"));
    }
    failures
}

/// Lists the markers and the tests that compare hand-quoted wording.
fn print_hand_work(root: &Path, files: &[PathBuf]) {
    let mut marked = 0_usize;
    say(&format!(
        "\nPlaces marked `{MARKER}` (re-check each by hand):"
    ));
    for file in files {
        let Ok(text) = fs::read_to_string(root.join(file)) else {
            continue;
        };
        if is_own(root, file) {
            continue;
        }
        for (line, note) in xtask::markers(&text) {
            marked = marked.saturating_add(1);
            say(&format!("- {}:{line}: {note}", file.display()));
        }
    }
    if marked == 0 {
        say("- none");
    }
    say(
        "\nTests that compare hand-quoted compiler wording on the pinned compiler only \
         (they call `wording_is_pinned`; once the PINNED constants name a new compiler \
         they compare its words, and a failure names a quote to update):",
    );
    let mut quoting = 0_usize;
    for file in files.iter().filter(|f| has_extension(f, "rs")) {
        if is_own(root, file) {
            continue;
        }
        let Ok(text) = fs::read_to_string(root.join(file)) else {
            continue;
        };
        let calls = text.lines().any(|line| {
            line.contains("wording_is_pinned(") && !line.contains("fn wording_is_pinned(")
        });
        if calls {
            quoting = quoting.saturating_add(1);
            say(&format!("- {}", file.display()));
        }
    }
    if quoting == 0 {
        say("- none");
    }
}

/// Lists the lines that still name the old compiler version.
fn print_version_mentions(root: &Path, files: &[PathBuf], old: &Version) {
    let minor = old.minor_version();
    say(&format!(
        "\nLines that still name Rust {minor} (a fact about that compiler: re-check it, then \
         update the number; Cargo.lock and pinned outputs skipped):"
    ));
    let mut any = false;
    for file in files {
        let skip = file.ends_with("Cargo.lock")
            || has_extension(file, "stderr")
            || has_extension(file, "snap")
            || is_own(root, file);
        if skip {
            continue;
        }
        let Ok(text) = fs::read_to_string(root.join(file)) else {
            continue;
        };
        let lines = xtask::version_mentions(&text, &minor);
        if lines.is_empty() {
            continue;
        }
        any = true;
        let shown: Vec<String> = lines.iter().map(ToString::to_string).collect();
        say(&format!("- {}: line {}", file.display(), shown.join(", ")));
    }
    if !any {
        say("- none");
    }
}

/// Counts the changed files by kind.
fn summarise_kinds(names: &str) {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for name in names.lines() {
        let kind = Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("(no extension)");
        let count = kinds.entry(kind).or_default();
        *count = count.saturating_add(1);
    }
    if !kinds.is_empty() {
        let parts: Vec<String> = kinds
            .iter()
            .map(|(kind, n)| format!("{n} .{kind}"))
            .collect();
        say(&format!("   changed files by kind: {}", parts.join(", ")));
    }
}

/// `cargo <args>` on `toolchain`, in `root`, without the variables the
/// outer Cargo set for this process (they name the old toolchain).
fn cargo(toolchain: &str, root: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command
        .args(args)
        .current_dir(root)
        .env("RUSTUP_TOOLCHAIN", toolchain)
        .env_remove("RUSTC")
        .env_remove("RUSTDOC")
        .env_remove("CARGO");
    command
}

/// Runs `command` with stdout and stderr into `log`; returns whether it
/// succeeded, and the log.
fn run_logged(command: &mut Command, log: &Path) -> Result<(bool, String)> {
    let file = File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
    let err = file
        .try_clone()
        .map_err(|e| format!("{}: {e}", log.display()))?;
    let status = command
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(err)
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    let text = read(log)?;
    say(&format!(
        "   {} (log: {})",
        if status.success() { "ok" } else { "FAILED" },
        log.display()
    ));
    Ok((status.success(), text))
}

/// Standard output of a command that must succeed.
fn capture(command: &mut Command) -> Result<String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    if !output.status.success() {
        return Err(format!(
            "{:?} failed: {}",
            command.get_program(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn check_installed(toolchain: &str) -> Result<()> {
    let list = capture(Command::new("rustup").args(["toolchain", "list"]))?;
    let installed = list.lines().any(|line| {
        let name = line.split_whitespace().next().unwrap_or_default();
        name == toolchain
            || name
                .strip_prefix(toolchain)
                .is_some_and(|rest| rest.starts_with('-') && rest.matches('-').count() >= 3)
    });
    if installed {
        Ok(())
    } else {
        Err(format!(
            "toolchain `{toolchain}` is not installed (`rustup toolchain list`):\n{list}\
             This command never downloads one."
        ))
    }
}

fn toolchain_version(toolchain: &str) -> Result<Version> {
    let text = capture(
        Command::new("rustc")
            .arg("--version")
            .env("RUSTUP_TOOLCHAIN", toolchain)
            .env("RUSTUP_AUTO_INSTALL", "0"),
    )?;
    Version::parse(&text).ok_or_else(|| format!("cannot read `{}`", text.trim()))
}

fn repo_root() -> Result<PathBuf> {
    let root = capture(Command::new("git").args(["rev-parse", "--show-toplevel"]))?;
    Ok(PathBuf::from(root.trim()))
}

/// Every file git tracks or would track (ignored files excluded), relative
/// to `root`, sorted.
fn tracked_files(root: &Path) -> Vec<PathBuf> {
    let listed = capture(
        Command::new("git")
            .args(["ls-files", "--cached", "--others", "--exclude-standard"])
            .current_dir(root),
    )
    .unwrap_or_default();
    let mut files: Vec<PathBuf> = listed
        .lines()
        .map(PathBuf::from)
        .filter(|f| root.join(f).is_file())
        .collect();
    files.sort();
    files.dedup();
    files
}

/// Whether `file` is part of this tool, whose tests hold sample PINNED
/// constants and markers that are not the course's.
fn is_own(root: &Path, file: &Path) -> bool {
    root.join(file).starts_with(env!("CARGO_MANIFEST_DIR"))
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|e| e == extension)
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn say(line: &str) {
    println!("{line}");
}
