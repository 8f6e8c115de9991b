//! Grading one copy: every exercise of the original set, one line each.

use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::process::Ended;
use crate::sandbox::{self, Confinement, Limits, Runner};
use crate::scan;
use crate::set::{Exercise, ExerciseSet};
use crate::shape::{Assembled, Original};
use crate::verdict::{self, shorten};

/// A student file larger than this is not read.
const LARGEST_FILE: u64 = 1 << 20;

/// What the teacher asked for.
#[derive(Debug, Clone)]
pub struct Options {
    /// The student's copy: a repository clone or its `exercises/` folder.
    pub copy: PathBuf,
    /// The teacher's `exercises/` folder.
    pub original: PathBuf,
    /// Only these exercises (all if empty).
    pub only: Vec<String>,
    /// Time limit of each test run.
    pub test_limit: Duration,
    /// Time limit of each compile.
    pub compile_limit: Duration,
    /// Exercises graded at once.
    pub jobs: usize,
    /// Where to build (kept); a temporary folder (removed) if `None`.
    pub scratch: Option<PathBuf>,
    /// Run in bubblewrap (else unconfined).
    pub sandbox: bool,
    /// Per-process limits.
    pub limits: Limits,
}

/// One exercise's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every original test passes, within the rules.
    Done,
    /// Not yet: why.
    Pending(String),
    /// The grader cannot say: why.
    CouldNotGrade(String),
}

/// Everything an exercise's grading needs.
struct Context<'a> {
    set: &'a ExerciseSet,
    student_dir: &'a Path,
    runner: &'a Runner,
    scratch: &'a Path,
    options: &'a Options,
}

/// The folder of the copy that holds the exercise files: the copy's
/// `exercises/exercises` (a repository clone), its `exercises` (the
/// exercises folder Rustlings runs in) or the copy itself.
fn locate(copy: &Path, exercises: &[&Exercise]) -> Result<PathBuf, String> {
    let candidates = [
        copy.join("exercises").join("exercises"),
        copy.join("exercises"),
        copy.to_path_buf(),
    ];
    candidates
        .iter()
        .find(|dir| {
            exercises
                .iter()
                .any(|e| fs::symlink_metadata(dir.join(e.relative_path())).is_ok())
        })
        .cloned()
        .ok_or_else(|| {
            format!(
                "no exercise of the set in {} (looked for files such as exercises/{} in it, \
                 in its exercises/ and in its exercises/exercises/)",
                copy.display(),
                exercises
                    .first()
                    .map(|e| e.relative_path().display().to_string())
                    .unwrap_or_default()
            )
        })
}

/// The student's file, read with care: not a link, not outside the copy,
/// not huge, UTF-8.
fn read_student(student_dir: &Path, exercise: &Exercise) -> Result<String, String> {
    let path = student_dir.join(exercise.relative_path());
    let shown = format!("exercises/{}", exercise.relative_path().display());
    let meta = fs::symlink_metadata(&path).map_err(|_| format!("{shown} is missing"))?;
    if meta.file_type().is_symlink() {
        return Err(format!(
            "{shown} is a symbolic link, not the student's file"
        ));
    }
    let real = path.canonicalize().map_err(|e| format!("{shown}: {e}"))?;
    let root = student_dir
        .canonicalize()
        .map_err(|e| format!("{}: {e}", student_dir.display()))?;
    if !real.starts_with(&root) {
        return Err(format!("{shown} lies outside the copy (a linked folder?)"));
    }
    if !meta.is_file() {
        return Err(format!("{shown} is not a file"));
    }
    if meta.len() > LARGEST_FILE {
        return Err(format!("{shown} is larger than 1 MiB"));
    }
    let bytes = fs::read(&path).map_err(|e| format!("{shown}: {e}"))?;
    String::from_utf8(bytes).map_err(|_| format!("{shown} is not UTF-8 text"))
}

/// Where an error points, as the report says it: a line of the student's
/// file, or of the original tests.
fn place(
    assembled: &Assembled,
    original: &Original,
    file: &str,
    at: Option<(String, usize)>,
) -> String {
    match at {
        Some((path, line)) if path == file => {
            if line <= assembled.student_lines {
                format!(" (line {line})")
            } else {
                let in_tests = line
                    .saturating_sub(assembled.student_lines)
                    .saturating_add(original.suffix_line)
                    .saturating_sub(1);
                format!(" (line {in_tests} of the original tests)")
            }
        }
        _ => String::new(),
    }
}

/// Compiles, and turns a failure into the exercise's reason; on success,
/// returns the compiler's messages (its warnings).
fn compile(
    cx: &Context<'_>,
    dir: &Path,
    program: &Path,
    args: &[OsString],
    assembled: &Assembled,
    original: &Original,
    file: &str,
) -> Result<String, Verdict> {
    let limit = cx.options.compile_limit;
    let finished = cx
        .runner
        .run(dir, program, args, limit)
        .map_err(|e| Verdict::CouldNotGrade(format!("cannot run the compiler: {e}")))?;
    match finished.ended {
        Ended::Exited(0) => Ok(finished.stderr),
        Ended::TimedOut => Err(Verdict::Pending(format!(
            "the compiler ran past the {} s time limit and was killed",
            limit.as_secs_f64()
        ))),
        _ => match verdict::first_error(&finished.stderr) {
            Some((message, at)) => Err(Verdict::Pending(format!(
                "{}{}",
                shorten(&message),
                place(assembled, original, file, at)
            ))),
            None => Err(Verdict::CouldNotGrade(format!(
                "the compiler failed without an error message ({:?}): {}",
                finished.ended,
                shorten(finished.stderr.trim())
            ))),
        },
    }
}

/// Grades one exercise; the bool says the copy's tests differed.
fn grade_one(cx: &Context<'_>, exercise: &Exercise) -> (Verdict, bool) {
    let original_text = match fs::read_to_string(cx.set.exercise_file(exercise)) {
        Ok(text) => text,
        Err(e) => {
            return (
                Verdict::CouldNotGrade(format!("the original file: {e}")),
                false,
            );
        }
    };
    let original = match Original::parse(&original_text) {
        Ok(o) => o,
        Err(e) => return (Verdict::CouldNotGrade(e), false),
    };
    if !exercise.test {
        return (
            Verdict::CouldNotGrade(
                "the exercise has no tests (`test = false`): grade it by hand".into(),
            ),
            false,
        );
    }
    let student = match read_student(cx.student_dir, exercise) {
        Ok(text) => text,
        Err(e) => return (Verdict::CouldNotGrade(e), false),
    };
    let assembled = match original.assemble(&student) {
        Ok(a) => a,
        Err(e) => return (Verdict::CouldNotGrade(e), false),
    };
    let changed = assembled.tests_changed;
    let harness = match fs::read_to_string(cx.set.harness_file()) {
        Ok(text) => text,
        Err(e) => {
            return (
                Verdict::CouldNotGrade(format!("the original harness: {e}")),
                changed,
            );
        }
    };
    let test_macros = scan::macros_used(&format!("{}\n{harness}", original.suffix));
    if let Some(found) = scan::forbidden(
        &assembled.student_part,
        &original.prefix,
        exercise.strict_clippy,
        &test_macros,
    ) {
        return (
            Verdict::Pending(format!("rejected: {} (line {})", found.what, found.line)),
            changed,
        );
    }
    match build_and_test(cx, exercise, &original, &assembled) {
        Ok(()) => (Verdict::Done, changed),
        Err(verdict) => (verdict, changed),
    }
}

/// The scratch folder, both compiles and the test run.
fn build_and_test(
    cx: &Context<'_>,
    exercise: &Exercise,
    original: &Original,
    assembled: &Assembled,
) -> Result<(), Verdict> {
    let internal = |e: std::io::Error| Verdict::CouldNotGrade(format!("scratch folder: {e}"));
    let dir = cx.scratch.join(&exercise.name);
    let relative = Path::new("files").join(exercise.relative_path());
    let file = relative.to_string_lossy().into_owned();
    if let Some(parent) = dir.join(&relative).parent() {
        fs::create_dir_all(parent).map_err(internal)?;
    }
    fs::create_dir_all(dir.join("support")).map_err(internal)?;
    fs::create_dir_all(dir.join("tmp")).map_err(internal)?;
    // `#[path = "../../support/harness.rs"]` from files/DIR/NAME.rs.
    fs::copy(
        cx.set.harness_file(),
        dir.join("support").join("harness.rs"),
    )
    .map_err(internal)?;
    fs::write(dir.join(&relative), &assembled.source).map_err(internal)?;

    let lints = &cx.set.lints;
    let common: Vec<OsString> = ["--edition", &cx.set.edition, "--crate-name", &exercise.name]
        .into_iter()
        .map(OsString::from)
        .collect();
    let bin = cx.runner.sysroot.join("bin");

    // 1. As Rustlings' `cargo build`: the program alone (no tests) compiles.
    let mut program_args = common.clone();
    program_args.extend(
        [
            "--crate-type",
            "bin",
            "--emit=metadata",
            "-o",
            "program.rmeta",
        ]
        .map(OsString::from),
    );
    program_args.extend(lints.rust.iter().map(OsString::from));
    program_args.push(OsString::from(&file));
    compile(
        cx,
        &dir,
        &bin.join("rustc"),
        &program_args,
        assembled,
        original,
        &file,
    )?;

    // 2. The tests, compiled by Clippy with the set's lint levels. Rustlings
    //    runs `cargo test`, then `cargo clippy --profile test` (with `-D
    //    warnings` if strict): one Clippy compile gives both, and its
    //    warnings are read after the tests, in that order.
    let mut test_args = common;
    test_args.extend(["--test", "-o", "tests"].map(OsString::from));
    test_args.extend(lints.rust.iter().map(OsString::from));
    test_args.extend(lints.clippy.iter().map(OsString::from));
    test_args.push(OsString::from(&file));
    let warnings = compile(
        cx,
        &dir,
        &bin.join("clippy-driver"),
        &test_args,
        assembled,
        original,
        &file,
    )?;

    // 3. The tests, without a terminal.
    let tests = cx.runner.inside(&dir).join("tests");
    let limit = cx.options.test_limit;
    let finished = cx
        .runner
        .run(&dir, &tests, &["--color".into(), "never".into()], limit)
        .map_err(|e| Verdict::CouldNotGrade(format!("cannot run the tests: {e}")))?;
    verdict::judge_tests(&finished, &original.tests, limit.as_secs_f64())
        .map_err(|reason| Verdict::Pending(shorten(&reason)))?;

    // 4. Where info.toml says `strict_clippy = true`, a warning is an error.
    if exercise.strict_clippy
        && let Some((message, at)) = verdict::first_warning(&warnings)
    {
        return Err(Verdict::Pending(format!(
            "{}{}; this exercise fails on Clippy's warnings",
            shorten(&message),
            place(assembled, original, &file, at)
        )));
    }
    Ok(())
}

/// The report's line for one exercise.
fn line(name: &str, verdict: &Verdict, tests_changed: bool) -> String {
    let note = if tests_changed {
        " (the copy's tests differ from the original: graded with the original tests)"
    } else {
        ""
    };
    match verdict {
        Verdict::Done => format!("{name}: done{note}"),
        Verdict::Pending(why) => format!("{name}: pending: {why}{note}"),
        Verdict::CouldNotGrade(why) => format!("{name}: could not grade: {why}"),
    }
}

/// The toolchain's sysroot, as rustup picks it in the original's folder
/// (so the repository's rust-toolchain.toml decides).
fn sysroot(original: &Path) -> Result<PathBuf, String> {
    let output = Command::new("rustc")
        .args(["--print", "sysroot"])
        .current_dir(original)
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "rustc --print sysroot failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let path = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    let path = path
        .canonicalize()
        .map_err(|e| format!("the sysroot {}: {e}", path.display()))?;
    for tool in ["rustc", "clippy-driver"] {
        if !path.join("bin").join(tool).is_file() {
            return Err(format!(
                "the toolchain in {} has no {tool} (for Clippy: `rustup component add clippy`)",
                path.display()
            ));
        }
    }
    Ok(path)
}

/// A new scratch folder in the system's temporary folder.
fn temporary_scratch() -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    std::env::temp_dir().join(format!("grade-{}-{nanos}", std::process::id()))
}

/// Grades the copy and prints the report; returns the exit code.
pub fn run(options: &Options) -> Result<u8, String> {
    let original = options.original.canonicalize().map_err(|e| {
        format!(
            "{}: {e} (give the teacher's exercises/ folder with --original)",
            options.original.display()
        )
    })?;
    let set = ExerciseSet::read(&original)
        .map_err(|e| format!("{e} (is --original the teacher's exercises/ folder?)"))?;
    for name in &options.only {
        if !set.exercises.iter().any(|e| &e.name == name) {
            return Err(format!("--only {name}: no such exercise in info.toml"));
        }
    }
    let selected: Vec<&Exercise> = set
        .exercises
        .iter()
        .filter(|e| options.only.is_empty() || options.only.contains(&e.name))
        .collect();
    let student_dir = locate(&options.copy, &selected)?;
    let confinement = if options.sandbox {
        sandbox::find_bwrap()?
    } else {
        Confinement::Unconfined
    };
    let runner = Runner {
        confinement,
        sysroot: sysroot(&original)?,
        limits: options.limits,
    };
    let (scratch, remove_scratch) = match &options.scratch {
        Some(dir) => (dir.clone(), false),
        None => (temporary_scratch(), true),
    };
    fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let scratch = scratch
        .canonicalize()
        .map_err(|e| format!("{}: {e}", scratch.display()))?;
    let outcome = grade_all(options, &set, &selected, &student_dir, &runner, &scratch);
    if remove_scratch && let Err(e) = fs::remove_dir_all(&scratch) {
        eprintln!(
            "grade: could not remove the scratch folder {}: {e}",
            scratch.display()
        );
    }
    outcome
}

fn grade_all(
    options: &Options,
    set: &ExerciseSet,
    selected: &[&Exercise],
    student_dir: &Path,
    runner: &Runner,
    scratch: &Path,
) -> Result<u8, String> {
    let version = runner.probe(&scratch.join(".probe")).map_err(|e| {
        format!(
            "{e}\n(bubblewrap needs user namespaces: see exercises/README.md, \"For teachers\")"
        )
    })?;
    println!(
        "# Grading {} (exercise files in {})",
        options.copy.display(),
        student_dir.display()
    );
    println!(
        "# with the original tests of {}: {} of its {} exercises",
        set.root.display(),
        selected.len(),
        set.exercises.len()
    );
    println!(
        "# Compiler: {version}, with Clippy; edition {}",
        set.edition
    );
    println!(
        "# Sandbox: {}",
        runner.describe(options.test_limit, options.compile_limit)
    );

    let cx = Context {
        set,
        student_dir,
        runner,
        scratch,
        options,
    };
    let next = AtomicUsize::new(0);
    let printed = Mutex::new((0usize, vec![None; selected.len()]));
    thread::scope(|s| {
        for _ in 0..options.jobs.clamp(1, selected.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(exercise) = selected.get(i) else {
                        break;
                    };
                    let (verdict, changed) = grade_one(&cx, exercise);
                    let text = line(&exercise.name, &verdict, changed);
                    let mut guard = printed
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    let (shown, lines) = &mut *guard;
                    lines[i] = Some((text, verdict));
                    // Print in info.toml's order, as soon as possible.
                    while let Some(Some((text, _))) = lines.get(*shown) {
                        println!("{text}");
                        let _ = std::io::stdout().flush();
                        *shown = shown.saturating_add(1);
                    }
                }
            });
        }
    });
    let (_, lines) = printed
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let verdicts: Vec<Verdict> = lines.into_iter().flatten().map(|(_, v)| v).collect();
    let count = |f: fn(&Verdict) -> bool| verdicts.iter().filter(|v| f(v)).count();
    let done = count(|v| *v == Verdict::Done);
    let pending = count(|v| matches!(v, Verdict::Pending(_)));
    let could_not = count(|v| matches!(v, Verdict::CouldNotGrade(_)));
    println!(
        "Total: {done} done, {pending} pending, {could_not} could not grade, of {} exercises.",
        selected.len()
    );
    Ok(if could_not > 0 {
        2
    } else if pending > 0 {
        1
    } else {
        0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_per_verdict() {
        assert_eq!(line("a", &Verdict::Done, false), "a: done");
        assert_eq!(
            line("a", &Verdict::Pending("why".into()), true),
            "a: pending: why (the copy's tests differ from the original: graded with the original tests)"
        );
        assert_eq!(
            line("a", &Verdict::CouldNotGrade("why".into()), true),
            "a: could not grade: why"
        );
    }

    fn scratch_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("grade-unit-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn exercise(name: &str, dir: &str) -> Exercise {
        Exercise {
            name: name.into(),
            dir: dir.into(),
            test: true,
            strict_clippy: false,
        }
    }

    #[test]
    fn an_error_is_placed_in_the_students_file_or_in_the_original_tests() {
        let original =
            Original::parse("fn f() {\n// TODO\n}\nfn main() {}\n#[test]\nfn t() {}\n").unwrap();
        assert_eq!(original.suffix_line, 4);
        let assembled = original
            .assemble("// a\n// b\n// c\nfn f() {\n}\nfn main() {}\n")
            .unwrap();
        assert_eq!(assembled.student_lines, 5);
        let at = |file: &str, line: usize| {
            place(&assembled, &original, "f.rs", Some((file.to_owned(), line)))
        };
        assert_eq!(at("f.rs", 5), " (line 5)");
        assert_eq!(at("f.rs", 6), " (line 4 of the original tests)");
        assert_eq!(at("f.rs", 8), " (line 6 of the original tests)");
        assert_eq!(at("support/harness.rs", 2), "");
        assert_eq!(place(&assembled, &original, "f.rs", None), "");
    }

    #[test]
    fn the_toolchain_is_the_one_rustup_picks_for_the_original() {
        let original = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../exercises");
        let sysroot = sysroot(&original).unwrap();
        assert!(sysroot.join("bin/rustc").is_file());
        assert!(sysroot.join("bin/clippy-driver").is_file());
        let version = Command::new(sysroot.join("bin/rustc"))
            .arg("-V")
            .output()
            .unwrap();
        assert!(String::from_utf8_lossy(&version.stdout).starts_with("rustc 1.95.0 "));
    }

    #[test]
    fn a_temporary_scratch_folder_is_new_and_in_the_temporary_folder() {
        let scratch = temporary_scratch();
        assert_eq!(scratch.parent(), Some(std::env::temp_dir().as_path()));
        let name = scratch.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with(&format!("grade-{}-", std::process::id())),
            "{name}"
        );
        assert!(!scratch.exists());
    }

    #[test]
    fn an_exercise_without_tests_is_not_graded() {
        let root = scratch_dir("notest");
        fs::create_dir_all(root.join("exercises/lesson00")).unwrap();
        let text = "fn f() {\n    // TODO\n}\n\nfn main() {}\n\n#[test]\nfn t() {}\n";
        fs::write(root.join("exercises/lesson00/x.rs"), text).unwrap();
        let copy = root.join("copy");
        fs::create_dir_all(copy.join("lesson00")).unwrap();
        fs::write(copy.join("lesson00/x.rs"), text).unwrap();
        let set = ExerciseSet {
            root: root.clone(),
            exercises: Vec::new(),
            edition: "2024".into(),
            lints: crate::set::Lints::default(),
        };
        let limits = Limits {
            memory_mib: 1,
            file_mib: 1,
        };
        let runner = Runner {
            confinement: Confinement::Unconfined,
            sysroot: root.join("no-toolchain"),
            limits,
        };
        let options = Options {
            copy: copy.clone(),
            original: root.clone(),
            only: Vec::new(),
            test_limit: Duration::from_secs(1),
            compile_limit: Duration::from_secs(1),
            jobs: 1,
            scratch: None,
            sandbox: false,
            limits,
        };
        let cx = Context {
            set: &set,
            student_dir: &copy,
            runner: &runner,
            scratch: &root,
            options: &options,
        };
        let mut exercise = exercise("x", "lesson00");
        exercise.test = false;
        assert_eq!(
            grade_one(&cx, &exercise),
            (
                Verdict::CouldNotGrade(
                    "the exercise has no tests (`test = false`): grade it by hand".into()
                ),
                false
            )
        );
        // With tests, it gets as far as the missing harness.
        exercise.test = true;
        let (verdict, _) = grade_one(&cx, &exercise);
        assert!(
            matches!(&verdict, Verdict::CouldNotGrade(why) if why.starts_with("the original harness: ")),
            "{verdict:?}"
        );
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_copy_is_a_clone_its_exercises_folder_or_the_files_folder() {
        let root = scratch_dir("locate");
        let e = exercise("x", "lesson00");
        for (layout, expected) in [
            ("clone/exercises/exercises", "clone"),
            ("folder/exercises", "folder"),
            ("files", "files"),
        ] {
            let files = root.join(layout);
            fs::create_dir_all(files.join("lesson00")).unwrap();
            fs::write(files.join("lesson00/x.rs"), "").unwrap();
            assert_eq!(locate(&root.join(expected), &[&e]).unwrap(), files);
        }
        let why = locate(&root.join("files/lesson00"), &[&e]).unwrap_err();
        assert!(why.contains("lesson00/x.rs"), "{why}");
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_students_file_is_read_with_care() {
        let root = scratch_dir("read");
        let copy = root.join("copy");
        fs::create_dir_all(copy.join("lesson00")).unwrap();
        fs::create_dir_all(root.join("elsewhere")).unwrap();
        fs::write(root.join("elsewhere/secret.rs"), "secret").unwrap();
        fs::write(copy.join("lesson00/good.rs"), "fn main() {}").unwrap();
        std::os::unix::fs::symlink(
            root.join("elsewhere/secret.rs"),
            copy.join("lesson00/link.rs"),
        )
        .unwrap();
        std::os::unix::fs::symlink(root.join("elsewhere"), copy.join("linked")).unwrap();
        fs::write(copy.join("lesson00/big.rs"), vec![b'a'; 1_048_577]).unwrap();
        fs::write(copy.join("lesson00/mib.rs"), vec![b'a'; 1_048_576]).unwrap();
        fs::write(copy.join("lesson00/latin1.rs"), [0xe9u8]).unwrap();
        fs::create_dir_all(copy.join("lesson00/dir.rs")).unwrap();

        let read = |name: &str, dir: &str| read_student(&copy, &exercise(name, dir));
        assert_eq!(read("good", "lesson00").unwrap(), "fn main() {}");
        let err = |name: &str, dir: &str| read(name, dir).unwrap_err();
        assert!(err("gone", "lesson00").ends_with("exercises/lesson00/gone.rs is missing"));
        assert!(err("link", "lesson00").contains("symbolic link"));
        assert!(err("secret", "linked").contains("outside the copy"));
        assert!(err("big", "lesson00").contains("larger than 1 MiB"));
        assert_eq!(read("mib", "lesson00").unwrap().len(), 1_048_576);
        assert!(err("latin1", "lesson00").contains("not UTF-8"));
        assert!(err("dir", "lesson00").contains("not a file"));
        fs::remove_dir_all(&root).unwrap();
    }
}
