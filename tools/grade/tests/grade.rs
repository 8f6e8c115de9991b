//! The grader on real copies of the classroom exercises: solved, unsolved,
//! with the tests deleted, with answers that break a rule, and with answers
//! that try to escape the sandbox.
//!
//! Every run has no terminal (`TERM` unset, no input). Only the first two
//! tests grade every exercise; the others pick a few with `--only`.

use std::fs;
use std::io::ErrorKind;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

/// A folder that is removed at the end of the test.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("grade-test-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The original exercise set.
fn original() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../exercises")
        .canonicalize()
        .unwrap()
}

/// (name, dir) of every exercise, in info.toml's order.
fn exercises() -> Vec<(String, String)> {
    let info = fs::read_to_string(original().join("info.toml")).unwrap();
    let mut out = Vec::new();
    let mut name = None;
    for line in info.lines() {
        if let Some(n) = line.strip_prefix("name = \"") {
            name = Some(n.trim_end_matches('"').to_owned());
        }
        if let Some(d) = line.strip_prefix("dir = \"") {
            out.push((name.take().unwrap(), d.trim_end_matches('"').to_owned()));
        }
    }
    assert_eq!(out.len(), 30);
    out
}

fn dir_of(name: &str) -> String {
    exercises()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, d)| d)
        .unwrap()
}

/// The original file of an exercise (`exercises`) or its solution
/// (`solutions`).
fn file(kind: &str, name: &str) -> String {
    fs::read_to_string(
        original()
            .join(kind)
            .join(dir_of(name))
            .join(format!("{name}.rs")),
    )
    .unwrap()
}

/// An exercise file cut as check-wrong-solutions.sh cuts it: the lines
/// before the first `// TODO` line, the TODO region, and the lines from
/// `fn main() {`.
fn cut(text: &str) -> (String, String, String) {
    let lines: Vec<&str> = text.lines().collect();
    let todo = lines.iter().position(|l| l.contains("// TODO")).unwrap();
    let main = lines
        .iter()
        .position(|l| l.starts_with("fn main() {"))
        .unwrap();
    let join = |part: &[&str]| part.iter().map(|l| format!("{l}\n")).collect::<String>();
    (
        join(&lines[..todo]),
        join(&lines[todo..main]),
        join(&lines[main..]),
    )
}

/// The exercise file with `region` as its TODO region.
fn with_region(name: &str, region: &str) -> String {
    let (prefix, _, suffix) = cut(&file("exercises", name));
    format!("{prefix}{region}\n{suffix}")
}

/// The solution's TODO region.
fn solution_region(name: &str) -> String {
    cut(&file("solutions", name)).1
}

/// The solution's region with `line` added as the first statement of the
/// function the TODO line is in.
fn solution_with(name: &str, line: &str) -> String {
    let region = solution_region(name);
    let (todo, rest) = region.split_once('\n').unwrap();
    with_region(name, &format!("{todo}\n    {line}\n{rest}"))
}

/// A student's copy in `root/name`, as its exercises/ folder (files in
/// `exercises/DIR/NAME.rs`, with info.toml beside), the stubs or the
/// solutions in place. Returns the copy and the folder of its files.
fn student_copy(root: &Path, name: &str, solved: bool) -> (PathBuf, PathBuf) {
    let copy = root.join(name);
    let files = copy.join("exercises");
    for (exercise, dir) in exercises() {
        fs::create_dir_all(files.join(&dir)).unwrap();
        let kind = if solved { "solutions" } else { "exercises" };
        fs::write(
            files.join(&dir).join(format!("{exercise}.rs")),
            file(kind, &exercise),
        )
        .unwrap();
    }
    fs::copy(original().join("info.toml"), copy.join("info.toml")).unwrap();
    (copy, files)
}

fn put(files: &Path, name: &str, text: &str) {
    fs::write(files.join(dir_of(name)).join(format!("{name}.rs")), text).unwrap();
}

/// Runs the grader without a terminal; (exit code, stdout, stderr).
fn grade(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_grade"))
        .args(["--jobs", "2"])
        .args(args)
        .env_remove("TERM")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    println!("{stdout}{stderr}");
    (output.status.code().unwrap(), stdout, stderr)
}

/// The report's line for `name`.
fn line<'a>(stdout: &'a str, name: &str) -> &'a str {
    let prefix = format!("{name}: ");
    let found: Vec<&str> = stdout.lines().filter(|l| l.starts_with(&prefix)).collect();
    assert_eq!(found.len(), 1, "one line for {name} in:\n{stdout}");
    found[0]
}

/// The exercise lines of a report, in order (not the `#` header nor the
/// total).
fn exercise_lines(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("Total: "))
        .collect()
}

#[test]
fn a_solved_clone_is_all_done() {
    let root = Scratch::new("solved");
    // A clone of the repository: the files are in exercises/exercises/.
    let (folder, files) = student_copy(&root.0.join("clone"), "exercises", true);
    let clone = folder.parent().unwrap();
    // What a student's editor or git may do to a solved file:
    // Windows line endings,
    let crlf = file("solutions", "l00_restock_lowest").replace('\n', "\r\n");
    put(&files, "l00_restock_lowest", &crlf);
    // the TODO line deleted, and a comment that says "unsafe",
    let region = solution_region("l01_record_sales").replacen(
        "// TODO: make it compile without breaking a rule above.",
        "// get_mut: one lookup, and no unsafe trick needed.",
        1,
    );
    put(
        &files,
        "l01_record_sales",
        &with_region("l01_record_sales", &region),
    );
    // an experiment in main (the tests stay as they were).
    let experiment = file("solutions", "l05_close_day").replace(
        "    // You can optionally experiment here.",
        "    println!(\"trying close_day\");",
    );
    put(&files, "l05_close_day", &experiment);

    let (code, stdout, _) = grade(&[clone.to_str().unwrap()]);
    assert_eq!(code, 0);
    let lines = exercise_lines(&stdout);
    let expected: Vec<String> = exercises()
        .into_iter()
        .map(|(n, _)| format!("{n}: done"))
        .collect();
    assert_eq!(lines, expected);
    let n = expected.len();
    assert!(stdout.contains(&format!(
        "\nTotal: {n} done, 0 pending, 0 could not grade, of {n} exercises.\n"
    )));
    assert!(stdout.contains("# Sandbox: bubblewrap"), "{stdout}");
    assert!(stdout.contains("# Compiler: rustc 1.95.0"), "{stdout}");
}

#[test]
fn the_unsolved_copy_is_pending_with_a_line_per_exercise() {
    let root = Scratch::new("unsolved");
    let (copy, _) = student_copy(&root.0, "exercises", false);
    let (code, stdout, _) = grade(&[copy.to_str().unwrap()]);
    assert_eq!(code, 1);
    let lines = exercise_lines(&stdout);
    let n = exercises().len();
    assert_eq!(lines.len(), n);
    for ((name, _), line) in exercises().iter().zip(&lines) {
        assert!(line.starts_with(&format!("{name}: pending: ")), "{line}");
        // A "make it compile" stub: the error its header names, at its line.
        let header = file("exercises", name).lines().next().unwrap().to_owned();
        if let Some(rest) = header.split("The stub fails with ").nth(1) {
            let code = &rest[..5];
            assert!(line.contains(&format!("error[{code}]")), "{line}");
            assert!(line.contains(" (line "), "{line}");
        } else if file("exercises", name).contains("todo!()") {
            assert!(line.ends_with("failed: not yet implemented"), "{line}");
        } else {
            assert!(line.contains(": pending: tests::"), "{line}");
        }
    }
    assert!(stdout.contains(&format!(
        "\nTotal: 0 done, {n} pending, 0 could not grade, of {n} exercises.\n"
    )));
}

#[test]
fn deleted_tests_still_grade_pending() {
    let root = Scratch::new("deleted");
    let (copy, files) = student_copy(&root.0, "exercises", false);
    let without_tests = |text: &str| text[..text.find("#[cfg(test)]").unwrap()].to_owned();
    // An "implement" stub, untouched but for its tests.
    let promote = without_tests(&file("exercises", "l02_promote_guests"));
    put(&files, "l02_promote_guests", &promote);
    // A "make it compile" stub whose body went with its tests.
    let restock = without_tests(&with_region("l00_restock_lowest", "}\n"));
    put(&files, "l00_restock_lowest", &restock);

    // What Rustlings would see: with no tests left, both files "pass".
    for (name, text) in [
        ("l02_promote_guests", &promote),
        ("l00_restock_lowest", &restock),
    ] {
        let source = root.0.join(format!("{name}.rs"));
        fs::write(&source, text).unwrap();
        let binary = root.0.join(name);
        let compiled = Command::new("rustc")
            .args(["--edition", "2024", "--test", "-o"])
            .arg(&binary)
            .arg(&source)
            .current_dir(original())
            .output()
            .unwrap();
        assert!(compiled.status.success(), "{compiled:?}");
        assert!(Command::new(&binary).output().unwrap().status.success());
    }

    let (code, stdout, _) = grade(&[
        "--only",
        "l00_restock_lowest,l02_promote_guests",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let note = " (the copy's tests differ from the original: graded with the original tests)";
    let restock = line(&stdout, "l00_restock_lowest");
    assert!(
        restock.starts_with("l00_restock_lowest: pending: tests::"),
        "{restock}"
    );
    assert!(restock.ends_with(note), "{restock}");
    assert_eq!(
        line(&stdout, "l02_promote_guests"),
        format!(
            "l02_promote_guests: pending: tests::guest_sessions_become_user_sessions failed: not yet implemented{note}"
        )
    );
    assert!(stdout.contains("\nTotal: 0 done, 2 pending, 0 could not grade, of 2 exercises.\n"));
}

#[test]
fn answers_that_break_a_rule_are_caught() {
    let root = Scratch::new("rules");
    let (copy, files) = student_copy(&root.0, "exercises", true);
    let wrong = |name: &str, file: &str| {
        fs::read_to_string(original().join("wrong").join(name).join(file)).unwrap()
    };
    // Two of the near-answers under wrong/: one caught by Clippy...
    put(
        &files,
        "l03_list_every_junction",
        &with_region(
            "l03_list_every_junction",
            &wrong("l03_list_every_junction", "cloned_not_copied.rs"),
        ),
    );
    // ...one by the counting hasher.
    put(
        &files,
        "l01_record_sales",
        &with_region(
            "l01_record_sales",
            &wrong("l01_record_sales", "read_then_insert.rs"),
        ),
    );
    // The Clippy one again, with the lint silenced.
    let silenced = with_region(
        "l03_shift_seats",
        &wrong("l03_shift_seats", "cloned_not_copied.rs"),
    )
    .replace(
        "fn make_room(",
        "#[allow(clippy::cloned_instead_of_copied)]\nfn make_room(",
    );
    assert!(silenced.contains("#[allow("));
    put(&files, "l03_shift_seats", &silenced);
    // `unsafe`.
    put(
        &files,
        "l04_expire_sessions",
        &solution_with(
            "l04_expire_sessions",
            "let _zero: u32 = unsafe { std::mem::zeroed() };",
        ),
    );
    // A test process that exits "successfully" before the tests are done.
    put(
        &files,
        "l02_promote_guests",
        &solution_with("l02_promote_guests", "std::process::exit(0);"),
    );

    // The stub, unimplemented, with the tests' assertions replaced by
    // macros that check nothing.
    let hollow = file("exercises", "l05_close_day")
        .replacen("    todo!()\n", "", 1)
        .replacen(
            "use std::collections::{BTreeMap, HashMap};\n",
            "use std::collections::{BTreeMap, HashMap};\n\
             macro_rules! assert_eq { ($a:expr, $b:expr $(, $($m:tt)*)?) => { let _ = (&$a, &$b); } }\n\
             macro_rules! assert { ($($t:tt)*) => {} }\n\
             macro_rules! panic { ($($t:tt)*) => {} }\n",
            1,
        );
    put(&files, "l05_close_day", &hollow);
    // The control: compiled as it is, with its (untouched) tests and the
    // harness, it passes them all.
    let bench = root.0.join("bench");
    fs::create_dir_all(bench.join("files/lesson05")).unwrap();
    fs::create_dir_all(bench.join("support")).unwrap();
    fs::copy(
        original().join("support/harness.rs"),
        bench.join("support/harness.rs"),
    )
    .unwrap();
    fs::write(bench.join("files/lesson05/hollow.rs"), &hollow).unwrap();
    let compiled = Command::new("rustc")
        .args([
            "--edition",
            "2024",
            "--test",
            "-o",
            "hollow",
            "files/lesson05/hollow.rs",
        ])
        .current_dir(&bench)
        .output()
        .unwrap();
    assert!(compiled.status.success(), "{compiled:?}");
    let ran = Command::new(bench.join("hollow")).output().unwrap();
    assert!(ran.status.success());
    let tests = hollow.matches("#[test]").count();
    assert!(tests > 0);
    assert!(
        String::from_utf8_lossy(&ran.stdout).contains(&format!("test result: ok. {tests} passed"))
    );

    let (code, stdout, _) = grade(&[
        "--only",
        "l01_record_sales,l02_promote_guests,l03_list_every_junction,l03_shift_seats,l04_expire_sessions,l05_close_day",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let junction = line(&stdout, "l03_list_every_junction");
    assert!(
        junction.starts_with("l03_list_every_junction: pending: warning: used `cloned` where `copied` could be used instead (line "),
        "{junction}"
    );
    assert!(
        junction.ends_with("; this exercise fails on Clippy's warnings"),
        "{junction}"
    );
    let sales = line(&stdout, "l01_record_sales");
    assert!(
        sales.starts_with("l01_record_sales: pending: tests::at_most_one_lookup_per_sale failed: "),
        "{sales}"
    );
    let seats = line(&stdout, "l03_shift_seats");
    assert!(
        seats.starts_with(
            "l03_shift_seats: pending: rejected: the answer changes a lint level (`allow`)"
        ),
        "{seats}"
    );
    let expire = line(&stdout, "l04_expire_sessions");
    assert!(
        expire.starts_with("l04_expire_sessions: pending: rejected: the answer uses `unsafe`"),
        "{expire}"
    );
    let promote = line(&stdout, "l02_promote_guests");
    assert!(promote.contains(": pending: the test `"), "{promote}");
    assert!(
        promote.ends_with("never finished: the test process exited early"),
        "{promote}"
    );
    let hollow = line(&stdout, "l05_close_day");
    assert!(
        hollow.starts_with(
            "l05_close_day: pending: rejected: the answer defines a macro `assert_eq!`, which \
             would replace the tests' own (line "
        ),
        "{hollow}"
    );
}

/// The answers that try to get out: write a file outside their folder,
/// connect to a server of the teacher's machine, loop for ever, take all
/// the memory, fill the disk. `outside` and `port` are the targets.
fn hostile_copy(root: &Path, outside: &Path, port: u16) -> PathBuf {
    let (copy, files) = student_copy(root, "hostile", true);
    put(
        &files,
        "l01_record_sales",
        &solution_with(
            "l01_record_sales",
            &format!(
                "std::fs::write({outside:?}, \"written\").expect(\"wrote outside its folder\");"
            ),
        ),
    );
    put(
        &files,
        "l00_word_total",
        &solution_with(
            "l00_word_total",
            &format!(
                "std::net::TcpStream::connect((\"127.0.0.1\", {port})).expect(\"connected to the teacher\");"
            ),
        ),
    );
    put(
        &files,
        "l04_expire_sessions",
        &solution_with(
            "l04_expire_sessions",
            "loop { std::io::Write::write_all(&mut std::fs::OpenOptions::new().create(true)\
             .append(true).open(\"heartbeat\").unwrap(), b\".\").unwrap(); \
             std::thread::sleep(std::time::Duration::from_millis(5)); }",
        ),
    );
    put(
        &files,
        "l05_close_day",
        &solution_with(
            "l05_close_day",
            "std::hint::black_box(vec![1u8; 16 << 30]);",
        ),
    );
    put(
        &files,
        "l02_promote_guests",
        &solution_with(
            "l02_promote_guests",
            "std::io::Write::write_all(&mut std::fs::OpenOptions::new().create(true).append(true)\
             .open(\"big\").unwrap(), &vec![0u8; 32 << 20]).unwrap();",
        ),
    );
    // Only graded in the sandbox: unconfined, it could write into /usr.
    put(
        &files,
        "l06_add_links",
        &solution_with(
            "l06_add_links",
            "std::fs::write(\"/usr/grade-was-here\", \"written\").expect(\"wrote into /usr\");",
        ),
    );
    copy
}

#[test]
fn hostile_answers_are_reported_not_obeyed() {
    let root = Scratch::new("hostile");
    let outside = root.0.join("outside.txt");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let copy = hostile_copy(&root.0, &outside, port);
    let scratch = root.0.join("scratch");

    let (code, stdout, _) = grade(&[
        "--only",
        "l00_word_total,l01_record_sales,l02_promote_guests,l04_expire_sessions,l05_close_day,l06_add_links",
        "--time-limit",
        "2",
        "--memory-limit",
        "1024",
        "--file-limit",
        "16",
        "--scratch",
        scratch.to_str().unwrap(),
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);

    // The file outside is not written: the path does not even exist inside.
    assert!(!outside.exists());
    let write = line(&stdout, "l01_record_sales");
    assert!(
        write.starts_with("l01_record_sales: pending: tests::"),
        "{write}"
    );
    assert!(
        write.contains("wrote outside its folder: Os { code: 2, kind: NotFound"),
        "{write}"
    );

    // Nor in /usr, which the sandbox shows read-only.
    assert!(!Path::new("/usr/grade-was-here").exists());
    let usr = line(&stdout, "l06_add_links");
    assert!(usr.starts_with("l06_add_links: pending: tests::"), "{usr}");
    assert!(
        usr.contains("wrote into /usr: Os { code: 30, kind: ReadOnlyFilesystem"),
        "{usr}"
    );

    // The connection is not made: nobody listens in the sandbox's network.
    assert_eq!(
        listener.accept().map(|_| ()).unwrap_err().kind(),
        ErrorKind::WouldBlock
    );
    let socket = line(&stdout, "l00_word_total");
    assert!(
        socket.starts_with("l00_word_total: pending: tests::"),
        "{socket}"
    );
    assert!(
        socket.contains("connected to the teacher: Os { code: 111, kind: ConnectionRefused"),
        "{socket}"
    );

    // The loop ran (it wrote its heartbeat in its scratch folder, the one
    // place it may write) and was killed at the limit: the beat stopped.
    assert_eq!(
        line(&stdout, "l04_expire_sessions"),
        "l04_expire_sessions: pending: the tests ran past the 2 s time limit and were killed (an endless loop?)"
    );
    let heartbeat = scratch.join("l04_expire_sessions").join("heartbeat");
    let beats = fs::metadata(&heartbeat).unwrap().len();
    assert!(beats > 0);
    thread::sleep(Duration::from_millis(300));
    assert_eq!(fs::metadata(&heartbeat).unwrap().len(), beats);

    // A file that grows by 32 MiB per call is stopped at 16 MiB, in its
    // own folder.
    assert_eq!(
        line(&stdout, "l02_promote_guests"),
        "l02_promote_guests: pending: the tests crashed (SIGXFSZ, signal 25)"
    );
    let big = fs::metadata(scratch.join("l02_promote_guests").join("big")).unwrap();
    assert_eq!(big.len(), 16 << 20);

    // 16 GiB is refused under a 1 GiB limit. (Two test threads may fail at
    // once and mix their messages on the error stream.)
    let memory = line(&stdout, "l05_close_day");
    assert!(
        memory.starts_with(
            "l05_close_day: pending: the tests crashed (SIGABRT, signal 6): memory allocation of "
        ),
        "{memory}"
    );
    assert!(memory.ends_with(" 17179869184 bytes failed"), "{memory}");
}

#[test]
fn without_the_sandbox_the_same_answers_do_get_out() {
    // The control for the test above: these answers really write and
    // connect, when nothing stops them.
    let root = Scratch::new("unconfined");
    let outside = root.0.join("outside.txt");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let copy = hostile_copy(&root.0, &outside, address.port());
    // Accepts every connection (the answer connects once per call) until
    // told to stop; counts them.
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = Arc::clone(&stop);
    let accepted = thread::spawn(move || {
        let mut count = 0usize;
        for stream in listener.incoming() {
            if stopped.load(Ordering::SeqCst) || stream.is_err() {
                break;
            }
            count = count.saturating_add(1);
        }
        count
    });

    let (code, stdout, _) = grade(&[
        "--only",
        "l00_word_total,l01_record_sales",
        "--no-sandbox",
        copy.to_str().unwrap(),
    ]);
    assert!(
        stdout.contains("# Sandbox: NONE (--no-sandbox)"),
        "{stdout}"
    );
    assert_eq!(code, 0);
    assert_eq!(fs::read_to_string(&outside).unwrap(), "written");
    stop.store(true, Ordering::SeqCst);
    drop(TcpStream::connect(address)); // wakes the accepting thread
    assert!(accepted.join().unwrap() > 0);
}

#[test]
fn a_file_that_lost_the_exercises_shape_cannot_be_graded() {
    let root = Scratch::new("shape");
    let (copy, files) = student_copy(&root.0, "exercises", true);
    fs::remove_file(files.join("lesson00/l00_restock_lowest.rs")).unwrap();
    let renamed = file("solutions", "l00_word_total").replace("fn add_total(", "fn add_totals(");
    put(&files, "l00_word_total", &renamed);
    let no_main = file("solutions", "l01_record_sales").replace("fn main() {", "fn start() {");
    put(&files, "l01_record_sales", &no_main);

    let (code, stdout, _) = grade(&[
        "--only",
        "l00_restock_lowest,l00_word_total,l01_record_sales",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        line(&stdout, "l00_restock_lowest"),
        "l00_restock_lowest: could not grade: exercises/lesson00/l00_restock_lowest.rs is missing"
    );
    let renamed = line(&stdout, "l00_word_total");
    assert!(
        renamed.starts_with(
            "l00_word_total: could not grade: the file no longer has the exercise's shape: line "
        ),
        "{renamed}"
    );
    assert!(
        renamed.contains("`fn add_total(counts: &mut HashMap<String, u32>) {`"),
        "{renamed}"
    );
    assert_eq!(
        line(&stdout, "l01_record_sales"),
        "l01_record_sales: could not grade: the file no longer has the exercise's shape: no `fn main()` line"
    );
    assert!(stdout.contains("\nTotal: 0 done, 0 pending, 3 could not grade, of 3 exercises.\n"));
}

#[test]
fn a_grader_that_cannot_run_says_why_with_code_2() {
    let root = Scratch::new("cannot");
    let (code, stdout, stderr) = grade(&[root.0.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.starts_with("grade: could not run: no exercise of the set in "),
        "{stderr}"
    );

    let (code, _, stderr) = grade(&["--only", "l99_nothing", root.0.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--only l99_nothing: no such exercise in info.toml"),
        "{stderr}"
    );

    let (code, _, stderr) = grade(&[
        "--original",
        root.0.to_str().unwrap(),
        root.0.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("info.toml"), "{stderr}");

    let (code, _, stderr) = grade(&[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Usage: grade [OPTIONS] COPY"), "{stderr}");
}

#[test]
fn a_compile_that_never_ends_is_killed_at_its_limit() {
    let root = Scratch::new("compile");
    let (copy, files) = student_copy(&root.0, "exercises", true);
    // A constant whose evaluation never ends, with rustc's guard allowed.
    let region = format!(
        "{}\n#[allow(long_running_const_eval)]\nconst _: () = {{\n    let mut i = 0u64;\n    \
         while i < u64::MAX {{\n        i = i.wrapping_add(1) % 7;\n    }}\n}};\n",
        solution_region("l07_late_penalty").trim_end()
    );
    put(
        &files,
        "l07_late_penalty",
        &with_region("l07_late_penalty", &region),
    );
    let (code, stdout, _) = grade(&[
        "--only",
        "l07_late_penalty",
        "--compile-time-limit",
        "2",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        line(&stdout, "l07_late_penalty"),
        "l07_late_penalty: pending: the compiler ran past the 2 s time limit and was killed"
    );
}

/// The example report of exercises/README.md ("For teachers"), from a copy
/// in the state it describes.
#[test]
fn the_readme_example_is_what_the_grader_prints() {
    let readme = fs::read_to_string(original().join("README.md")).unwrap();
    let start = readme
        .find("It prints one line per exercise, in `info.toml`'s order, and a total:\n\n")
        .unwrap();
    let example: Vec<&str> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| !l.is_empty())
        .map(|l| l.strip_prefix("    ").unwrap())
        .collect();
    assert_eq!(example.len(), 6);

    let root = Scratch::new("readme");
    let (copy, files) = student_copy(&root.0, "exercises", true);
    // l00_restock_lowest: solved. l00_word_total: the stub.
    put(
        &files,
        "l00_word_total",
        &file("exercises", "l00_word_total"),
    );
    // l02_promote_guests: the stub, its tests deleted.
    let stub = file("exercises", "l02_promote_guests");
    put(
        &files,
        "l02_promote_guests",
        &stub[..stub.find("#[cfg(test)]").unwrap()],
    );
    // l03_list_every_junction: a near-answer that Clippy catches.
    let wrong =
        fs::read_to_string(original().join("wrong/l03_list_every_junction/cloned_not_copied.rs"))
            .unwrap();
    put(
        &files,
        "l03_list_every_junction",
        &with_region("l03_list_every_junction", &wrong),
    );
    // l05_close_day: the ledger's type changed in the signature.
    let changed = file("solutions", "l05_close_day").replacen(
        "ledger: &mut BTreeMap<String, u64>) {",
        "ledger: &mut HashMap<String, u64>) {",
        1,
    );
    put(&files, "l05_close_day", &changed);

    // The rules are the teacher's: the copy's own info.toml and Cargo.toml
    // (here without `strict_clippy` and with the lint allowed) are not read.
    let info = fs::read_to_string(copy.join("info.toml")).unwrap();
    assert!(info.contains("strict_clippy = true\n"));
    fs::write(
        copy.join("info.toml"),
        info.replace("strict_clippy = true\n", ""),
    )
    .unwrap();
    fs::write(
        copy.join("Cargo.toml"),
        "[package]\nname = \"exercises\"\nedition = \"2024\"\n\n[lints.clippy]\ncloned_instead_of_copied = \"allow\"\n",
    )
    .unwrap();

    let names: Vec<&str> = example[..5]
        .iter()
        .map(|l| l.split(':').next().unwrap())
        .collect();
    let (code, stdout, _) = grade(&["--only", &names.join(","), copy.to_str().unwrap()]);
    assert_eq!(code, 2);
    let lines: Vec<&str> = stdout.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(lines, example);
}

#[test]
fn without_a_working_bubblewrap_nothing_is_graded() {
    let root = Scratch::new("nobwrap");
    let (copy, _) = student_copy(&root.0, "exercises", true);
    let run = |path: &Path| {
        let output = Command::new(env!("CARGO_BIN_EXE_grade"))
            .arg(&copy)
            .env("PATH", path)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        println!("{stderr}");
        (output.status.code().unwrap(), output.stdout, stderr)
    };
    // No bwrap on PATH.
    let empty = root.0.join("empty");
    fs::create_dir_all(&empty).unwrap();
    let (code, stdout, stderr) = run(&empty);
    assert_eq!((code, stdout.len()), (2, 0));
    assert!(
        stderr.starts_with("grade: could not run: bubblewrap (`bwrap`) is not on PATH: install it"),
        "{stderr}"
    );
    // A bwrap that cannot create its namespaces, as in a locked-down
    // container: it answers --version, then fails with its message.
    let fake = root.0.join("fake");
    fs::create_dir_all(&fake).unwrap();
    let bwrap = fake.join("bwrap");
    fs::write(
        &bwrap,
        "#!/bin/sh\n[ \"$1\" = --version ] && { echo 'bubblewrap 0.8.0'; exit 0; }\n\
         echo 'bwrap: No permissions to create a new namespace' >&2\nexit 1\n",
    )
    .unwrap();
    let mut permissions = fs::metadata(&bwrap).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    fs::set_permissions(&bwrap, permissions).unwrap();
    let rustc = Command::new("rustc")
        .args(["--print", "sysroot"])
        .current_dir(original())
        .output()
        .unwrap();
    let sysroot = PathBuf::from(String::from_utf8(rustc.stdout).unwrap().trim());
    let path = std::env::join_paths([
        fake,
        sysroot.join("bin"),
        PathBuf::from("/usr/bin"),
        PathBuf::from("/bin"),
    ])
    .unwrap();
    let (code, stdout, stderr) = run(Path::new(&path));
    assert_eq!((code, stdout.len()), (2, 0));
    assert!(
        stderr.starts_with("grade: could not run: the sandbox or the compiler did not start"),
        "{stderr}"
    );
    assert!(
        stderr.contains("bwrap: No permissions to create a new namespace"),
        "{stderr}"
    );
}
