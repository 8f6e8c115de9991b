//! Lesson 00, elsewhere: the bonus loop in languages that accept it.
//!
//! Each test builds and runs one program of `elsewhere/` in a scratch
//! directory, with a time limit (a runaway is killed), and checks the line
//! that `elsewhere/README.md` quotes: the sanitizer's error kind, the
//! exception, the count. The whole output is not pinned: paths, addresses
//! and stack traces change from machine to machine.
//!
//! A test whose toolchain is not on the `PATH` does not pass quietly: it
//! writes a `SKIPPED` line straight to the terminal (standard error, which the
//! test harness does not capture when written directly, and `/dev/tty` when
//! standard error is redirected). CI sets `ELSEWHERE_REQUIRE_ALL=1`, which
//! turns a missing toolchain into a failure.
//!
//! The C++ figures are undefined behaviour: they are compared only on
//! g++ 12 (libstdc++ 12), the version the chapter quotes; another version gets
//! a loud `NOT COMPARED` line instead (a failure under
//! `ELSEWHERE_REQUIRE_ALL=1`).

use std::fs::{self, File, OpenOptions};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use testkit::rustc::Rustc;

/// Set to `1` to make a missing toolchain (or a g++ other than 12) fail.
const REQUIRE_ALL: &str = "ELSEWHERE_REQUIRE_ALL";
/// Generous: eight teammates may share two cores while javac starts up.
const COMPILE_LIMIT: Duration = Duration::from_secs(120);
/// Every program ends in well under a second; the limit only stops runaways.
const RUN_LIMIT: Duration = Duration::from_secs(30);

/// The outcome lines the chapter quotes, checked here and found in the README.
const ASAN_ERROR: &str = "ERROR: AddressSanitizer: heap-use-after-free";
const PYTHON_ERROR: &str = "RuntimeError: dictionary changed size during iteration";
const JAVA_ERROR: &str = "Exception in thread \"main\" java.util.ConcurrentModificationException";
const JAVA_THROWER: &str = "\tat java.base/java.util.HashMap$HashIterator.nextNode(";
const JS_VISIT_14: &str = "visit 14: Alice_bonus, an entry the loop itself added";
const JS_STOPPED: &str = "stopped by hand after 1000 visits: 1013 entries, 13 not visited yet";

/// The chapter's section, which quotes the lines above.
const README: &str = include_str!("../elsewhere/README.md");

fn program(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("elsewhere")
        .join(file)
}

/// A fresh, empty directory for one test's builds and outputs.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("elsewhere-{test}-{}", std::process::id()));
    if dir.exists() {
        fs::remove_dir_all(&dir).expect("can clear the scratch directory");
    }
    fs::create_dir_all(&dir).expect("can create the scratch directory");
    dir
}

fn required() -> bool {
    std::env::var(REQUIRE_ALL).is_ok_and(|value| value == "1")
}

/// Writes `message` where a person running the tests sees it: standard error
/// written directly (the harness only captures `eprintln!`), and `/dev/tty`
/// as well when standard error goes elsewhere (a pipe, a log file).
fn loud(message: &str) {
    let line = format!("\n*** {message}\n");
    let stderr = std::io::stderr();
    stderr
        .lock()
        .write_all(line.as_bytes())
        .expect("can write to stderr");
    if !stderr.is_terminal()
        && let Ok(mut tty) = OpenOptions::new().write(true).open("/dev/tty")
    {
        // No terminal to reach (CI): standard error above is enough.
        let _ = tty.write_all(line.as_bytes());
    }
}

/// Whether `tool` can be started at all.
fn on_path(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// `true` (after a loud `SKIPPED` line) when one of `tools` is missing;
/// a failure instead under `ELSEWHERE_REQUIRE_ALL=1`.
fn skipped(test: &str, tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools.iter().copied().filter(|t| !on_path(t)).collect();
    if missing.is_empty() {
        return false;
    }
    let missing = missing.join(" and ");
    assert!(
        !required(),
        "{test}: {missing} not found on PATH, and {REQUIRE_ALL}=1 requires every \
         toolchain of elsewhere/ (.ci/run installs them with apt-get)"
    );
    let message = format!(
        "SKIPPED lesson-00 tests/elsewhere.rs {test}: {missing} not found on PATH, so \
         the outcome elsewhere/README.md quotes was NOT checked. Install the toolchain, \
         or set {REQUIRE_ALL}=1 to make this a failure."
    );
    loud(&message);
    true
}

/// The first line `tool <args>` prints (on either stream), trimmed.
fn version(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool}: {e}"));
    let text = if output.stdout.is_empty() {
        output.stderr
    } else {
        output.stdout
    };
    String::from_utf8_lossy(&text)
        .lines()
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Says so, loudly, when a toolchain is not the version the table names.
/// The outcome is still checked: it does not depend on the version.
fn note_version(test: &str, found: &str, table: &str) {
    if !found.contains(table) {
        loud(&format!(
            "NOTE lesson-00 tests/elsewhere.rs {test}: the chapter's table names \
             {table}, this is `{found}`; the outcome was checked all the same"
        ));
    }
}

/// What a test needs on the `PATH`, and the version the chapter's table names.
struct Toolchain {
    /// Every program the test starts.
    tools: &'static [&'static str],
    /// How to ask for the version: a program and its arguments.
    version: (&'static str, &'static [&'static str]),
    /// What that version line contains for the version the table names.
    table: &'static str,
}

const GXX: Toolchain = Toolchain {
    tools: &["g++"],
    version: ("g++", &["--version"]),
    table: "12.2",
};
const PYTHON: Toolchain = Toolchain {
    tools: &["python3"],
    version: ("python3", &["--version"]),
    table: "Python 3.11",
};
const JAVA: Toolchain = Toolchain {
    tools: &["javac", "java"],
    version: ("java", &["-version"]),
    table: "\"17.",
};
const NODE: Toolchain = Toolchain {
    tools: &["node"],
    version: ("node", &["--version"]),
    table: "v20.",
};

/// A fresh scratch directory for `test`, or `None` after a loud `SKIPPED`
/// line when the toolchain is missing (see [`skipped`]).
fn prepare(test: &str, toolchain: &Toolchain) -> Option<PathBuf> {
    if skipped(test, toolchain.tools) {
        return None;
    }
    let (program, args) = toolchain.version;
    note_version(test, &version(program, args), toolchain.table);
    Some(scratch(test))
}

/// Whether the g++ on the PATH is the version whose undefined-behaviour
/// figures the chapter quotes; otherwise a loud `NOT COMPARED` line (a failure
/// under `ELSEWHERE_REQUIRE_ALL=1`).
fn gxx_is_quoted(test: &str, what: &str) -> bool {
    let found = version("g++", &["-dumpfullversion"]);
    if found.starts_with("12.") {
        return true;
    }
    let message = format!(
        "NOT COMPARED lesson-00 tests/elsewhere.rs {test}: the chapter quotes g++ 12 \
         (libstdc++ 12), this is g++ {found}; {what}"
    );
    assert!(!required(), "{message} ({REQUIRE_ALL}=1 is set)");
    loud(&message);
    false
}

/// What one program did.
struct Ran {
    /// `None` if it ran past its time limit and was killed.
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
    shown: String,
}

impl Ran {
    /// Fails the test unless the program ended by itself.
    fn finished(self) -> Self {
        assert!(
            self.status.is_some(),
            "{} ran away and was killed",
            self.shown
        );
        self
    }

    fn succeeded(&self) -> bool {
        self.status.is_some_and(|status| status.success())
    }

    fn stdout_lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// Runs `command` in `dir`, its output going to files there (no pipe can fill
/// up), and kills it if it is still running after `limit`.
fn run(dir: &Path, label: &str, command: &mut Command, limit: Duration) -> Ran {
    let out_file = dir.join(format!("{label}.stdout"));
    let err_file = dir.join(format!("{label}.stderr"));
    let shown = format!("{command:?}");
    let mut child = command
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(File::create(&out_file).expect("can create the stdout file"))
        .stderr(File::create(&err_file).expect("can create the stderr file"))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {shown}: {e}"));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("can wait for the child") {
            break Some(status);
        }
        if started.elapsed() > limit {
            child.kill().expect("can kill a runaway");
            child.wait().expect("can reap a runaway");
            break None;
        }
        sleep(Duration::from_millis(20));
    };
    let read =
        |file: &Path| String::from_utf8_lossy(&fs::read(file).expect("output file")).into_owned();
    Ran {
        status,
        stdout: read(&out_file),
        stderr: read(&err_file),
        shown,
    }
}

/// Compiles the C++ program `source` with
/// `g++ -std=c++17 -Wall -Wextra -g`, adding `-fsanitize=address` if
/// `sanitize`, checks that g++ has nothing to say (the programs' comments
/// claim they compile without a warning), and runs the program.
///
/// The run has a fixed sanitizer setting: leak checking off (it needs ptrace,
/// which some containers forbid, and these programs leak nothing), everything
/// else at the sanitizer's defaults.
fn cpp(dir: &Path, source: &str, sanitize: bool) -> Ran {
    let exe = dir.join(if sanitize { "asan" } else { "plain" });
    let built = run(
        dir,
        "g++",
        Command::new("g++")
            .args(["-std=c++17", "-Wall", "-Wextra", "-g"])
            .args(sanitize.then_some("-fsanitize=address"))
            .arg("-o")
            .arg(&exe)
            .arg(program(source)),
        COMPILE_LIMIT,
    )
    .finished();
    assert!(
        built.succeeded(),
        "{} failed:\n{}",
        built.shown,
        built.stderr
    );
    assert_eq!(built.stderr, "", "{} warned", built.shown);
    run(
        dir,
        "run",
        Command::new(&exe).env("ASAN_OPTIONS", "detect_leaks=0"),
        RUN_LIMIT,
    )
}

/// Runs the script `file` of `elsewhere/` with `interpreter`, with no
/// options from the environment (`PYTHONSTARTUP` and the like do not apply
/// to a script; `NODE_OPTIONS` would).
fn interpret(dir: &Path, interpreter: &str, file: &str) -> Ran {
    run(
        dir,
        "run",
        Command::new(interpreter)
            .arg(program(file))
            .env_remove("NODE_OPTIONS"),
        RUN_LIMIT,
    )
    .finished()
}

/// The 1-based number of the line of `file` that contains `needle`.
fn line_of(file: &str, needle: &str) -> usize {
    let source = fs::read_to_string(program(file)).expect("program source");
    let index = source
        .lines()
        .position(|line| line.contains(needle))
        .unwrap_or_else(|| panic!("{file} has no line containing {needle:?}"));
    index.checked_add(1).expect("a line number fits in usize")
}

#[test]
fn a_runaway_is_killed_at_its_time_limit() {
    let dir = scratch("runaway");
    let started = Instant::now();
    let ran = run(
        &dir,
        "sleep",
        Command::new("sleep").arg("60"),
        Duration::from_millis(300),
    );
    assert!(ran.status.is_none(), "{} was not killed", ran.shown);
    assert!(started.elapsed() < Duration::from_secs(30));
    fs::remove_dir_all(&dir).expect("can clean up");
}

#[test]
fn rust_rejects_the_loop_before_anything_runs() {
    let dir = scratch("rust");
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../compile_fail/insert_inside_keys_loop.rs");
    let compiled = Rustc::from_env().compile(&source, &dir, &["--edition", "2024"]);
    assert!(!compiled.status.success(), "{} compiled", compiled.command);
    assert!(
        compiled
            .stderr
            .starts_with("error[E0502]: cannot borrow `scores` as mutable"),
        "{}:\n{}",
        compiled.command,
        compiled.stderr
    );
    assert!(
        !dir.join("insert_inside_keys_loop").exists(),
        "rustc wrote a program although it reported an error"
    );
    fs::remove_dir_all(&dir).expect("can clean up");
}

#[test]
fn cpp_vector_push_back_is_a_heap_use_after_free() {
    let test = "cpp_vector_push_back_is_a_heap_use_after_free";
    let Some(dir) = prepare(test, &GXX) else {
        return;
    };
    let ran = cpp(&dir, "vector_push_back.cpp", true).finished();
    assert!(!ran.succeeded(), "{} succeeded:\n{}", ran.shown, ran.stdout);
    assert_eq!(
        ran.stdout_lines(),
        ["players before the loop: 2 (room for 2)"]
    );
    // The sanitizer's error kind, and where the freed memory was read: the
    // loop's second step, reading the score of an entry that has moved.
    assert!(ran.stderr.contains(ASAN_ERROR), "{}", ran.stderr);
    let read_at = format!(
        " in main {}:{}",
        program("vector_push_back.cpp").display(),
        line_of("vector_push_back.cpp", "if (score > 0)")
    );
    let (read, freed) = ran
        .stderr
        .split_once("freed by thread T0 here:")
        .unwrap_or_else(|| panic!("no `freed by` section:\n{}", ran.stderr));
    assert!(read.contains(&read_at), "no read{read_at}:\n{}", ran.stderr);
    let (freed, _allocated) = freed
        .split_once("previously allocated by")
        .expect("an `allocated by` section");
    assert!(
        freed.contains("::push_back("),
        "not freed in push_back:\n{freed}"
    );

    if gxx_is_quoted(test, "the unsanitized build's result was not compared") {
        // libstdc++ 12 names push_back's regrowth _M_realloc_insert.
        assert!(freed.contains("::_M_realloc_insert<"), "{freed}");
        // Without the sanitizer, the same undefined behaviour goes unnoticed.
        let ran = cpp(&dir, "vector_push_back.cpp", false).finished();
        assert!(ran.succeeded(), "{} failed:\n{}", ran.shown, ran.stderr);
        assert_eq!(ran.stderr, "");
        assert_eq!(
            ran.stdout_lines(),
            [
                "players before the loop: 2 (room for 2)",
                "entries after the loop: 4"
            ]
        );
    }
    fs::remove_dir_all(&dir).expect("can clean up");
}

#[test]
fn cpp_unordered_map_insert_leaves_a_wrong_board() {
    let test = "cpp_unordered_map_insert_leaves_a_wrong_board";
    let Some(dir) = prepare(test, &GXX) else {
        return;
    };
    let ran = cpp(&dir, "unordered_map_insert.cpp", true);
    if !gxx_is_quoted(test, "the program's output was not compared") {
        loud(&format!(
            "    it printed (killed: {}):\n{}{}",
            ran.status.is_none(),
            ran.stdout,
            ran.stderr
        ));
        fs::remove_dir_all(&dir).expect("can clean up");
        return;
    }
    let ran = ran.finished();
    // No sound: a normal exit, and not a word from AddressSanitizer.
    assert!(ran.succeeded(), "{} failed:\n{}", ran.shown, ran.stderr);
    assert_eq!(ran.stderr, "");
    // A wrong board: one player visited, one bonus entry, 14 entries not 26.
    assert_eq!(
        ran.stdout_lines(),
        [
            "players before the loop: 13 (13 buckets)",
            "players the loop visited: 1",
            "entries after the loop: 14 (29 buckets)",
            "the first player visited, Olivia, is now entry 14 of 14",
        ]
    );
    fs::remove_dir_all(&dir).expect("can clean up");
}

#[test]
fn python_raises_runtime_error() {
    let test = "python_raises_runtime_error";
    let Some(dir) = prepare(test, &PYTHON) else {
        return;
    };
    let ran = interpret(&dir, "python3", "bonus_loop.py");
    assert!(!ran.succeeded(), "{} succeeded:\n{}", ran.shown, ran.stdout);
    assert_eq!(
        ran.stderr.lines().last(),
        Some(PYTHON_ERROR),
        "{}",
        ran.stderr
    );
    // The first insert happened before the check: the board is half done.
    assert_eq!(
        ran.stdout_lines(),
        ["players before the loop: 13", "entries after the loop: 14"]
    );
    fs::remove_dir_all(&dir).expect("can clean up");
}

#[test]
fn java_throws_concurrent_modification_exception() {
    let test = "java_throws_concurrent_modification_exception";
    let Some(dir) = prepare(test, &JAVA) else {
        return;
    };
    // One compile; the -J flags only make javac's own JVM start faster.
    let built = run(
        &dir,
        "javac",
        Command::new("javac")
            .args(["-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-d"])
            .arg(&dir)
            .arg(program("BonusLoop.java"))
            .env_remove("JAVA_TOOL_OPTIONS"),
        COMPILE_LIMIT,
    )
    .finished();
    assert!(
        built.succeeded(),
        "{} failed:\n{}",
        built.shown,
        built.stderr
    );
    let ran = run(
        &dir,
        "run",
        Command::new("java")
            .arg("-cp")
            .arg(&dir)
            .arg("BonusLoop")
            .env_remove("JAVA_TOOL_OPTIONS"),
        RUN_LIMIT,
    )
    .finished();
    assert!(!ran.succeeded(), "{} succeeded:\n{}", ran.shown, ran.stdout);
    // The exception, thrown by the HashMap iterator's next step.
    let stderr: Vec<&str> = ran.stderr.lines().collect();
    let at = stderr
        .iter()
        .position(|line| *line == JAVA_ERROR)
        .unwrap_or_else(|| panic!("no {JAVA_ERROR}:\n{}", ran.stderr));
    assert!(
        stderr
            .get(at.saturating_add(1))
            .is_some_and(|l| l.starts_with(JAVA_THROWER)),
        "not thrown by {JAVA_THROWER}:\n{}",
        ran.stderr
    );
    // Best effort: one player, no exception; 13 players, the exception
    // after the first put.
    assert_eq!(
        ran.stdout_lines(),
        [
            "one player: no exception, entries after the loop: 2",
            "players before the loop: 13",
            "entries after the loop: 14",
        ]
    );
    fs::remove_dir_all(&dir).expect("can clean up");
}

#[test]
fn javascript_map_visits_its_own_additions() {
    let test = "javascript_map_visits_its_own_additions";
    let Some(dir) = prepare(test, &NODE) else {
        return;
    };
    let ran = interpret(&dir, "node", "bonus_loop.js");
    assert!(ran.succeeded(), "{} failed:\n{}", ran.shown, ran.stderr);
    assert_eq!(ran.stderr, "");
    assert_eq!(
        ran.stdout_lines(),
        ["players before the loop: 13", JS_VISIT_14, JS_STOPPED]
    );
    fs::remove_dir_all(&dir).expect("can clean up");
}

#[test]
fn the_readme_quotes_what_these_tests_check() {
    // Line breaks in the Markdown do not count: compare word by word.
    let readme = README.split_whitespace().collect::<Vec<_>>().join(" ");
    for quoted in [
        "E0502",
        "`compile_fail/insert_inside_keys_loop.rs`",
        "`heap-use-after-free`",
        "`_M_realloc_insert`",
        "room for 2",
        "4 entries",
        "13 buckets",
        "29 buckets",
        "visits 1 of 13 players",
        "14 entries instead of 26",
        "entry 14 of 14",
        PYTHON_ERROR,
        "`java.util.ConcurrentModificationException`",
        "`HashMap$HashIterator.nextNode`",
        "one player",
        "`Alice_bonus`",
        "1000 visits",
        "1013 entries",
        "13 not yet visited",
        "g++ 12.2",
        "libstdc++ 12",
        "CPython 3.11",
        "OpenJDK 17",
        "Node 20",
    ] {
        assert!(
            readme.contains(quoted),
            "elsewhere/README.md does not say {quoted:?}"
        );
    }
}

#[test]
fn the_readme_names_every_program_and_nothing_else() {
    let mut programs: Vec<String> = fs::read_dir(program(""))
        .expect("elsewhere/ exists")
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name != "README.md")
        .collect();
    programs.sort();
    assert_eq!(
        programs,
        [
            "BonusLoop.java",
            "bonus_loop.js",
            "bonus_loop.py",
            "unordered_map_insert.cpp",
            "vector_push_back.cpp",
        ]
    );
    for name in &programs {
        assert!(
            README.contains(&format!("`{name}`")),
            "README does not name `{name}`"
        );
    }
}
