//! `grade`: the teacher's grader for the classroom exercises.
//!
//! ```text
//! cargo run -p grade -- [OPTIONS] COPY
//! ```
//!
//! COPY is a student's copy: a clone of the repository, or its `exercises/`
//! folder. For each exercise of the original set (the teacher's
//! `exercises/`, read from `info.toml`), the grader keeps the student's file
//! up to its `fn main()` line, checks that the exercise's code before the
//! TODO region is still there, appends the original `main` and the original
//! tests (with the original `support/harness.rs`), and then:
//!
//! 1. rejects an answer that uses `unsafe`, names the tests' `harness`, adds a
//!    crate attribute, or (in a `strict_clippy` exercise) changes a lint
//!    level;
//! 2. compiles the program alone with the pinned rustc (as `cargo build`),
//!    then the tests with Clippy, whose warnings are errors where
//!    info.toml says `strict_clippy = true` (as `cargo clippy --profile test
//!    -- -D warnings`), with the lint levels of the set's Cargo.toml;
//! 3. runs the tests without a terminal, and asks every original test to
//!    pass.
//!
//! Every compile and every test run happens in a bubblewrap sandbox (see
//! `sandbox.rs`), with a time limit. It prints one line per exercise
//! (`NAME: done`, `NAME: pending: REASON`, `NAME: could not grade: WHY`)
//! and a total, and exits with
//!
//! - 0: every exercise is done;
//! - 1: some are pending, and every exercise could be graded;
//! - 2: some exercise could not be graded, or the grader could not run
//!   (bad arguments, no sandbox, no toolchain, not a copy).

mod grade;
mod process;
mod sandbox;
mod scan;
mod set;
mod shape;
mod verdict;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use grade::Options;
use sandbox::Limits;

const USAGE: &str = "\
Usage: grade [OPTIONS] COPY

Grades a student's copy of the classroom exercises (a clone of the
repository, or its exercises/ folder) with the original tests, in a
bubblewrap sandbox. Prints one line per exercise and a total.

Exit codes: 0 every exercise done; 1 some pending; 2 some exercise could
not be graded, or the grader could not run.

Options:
  --original DIR          the original exercise set (default: this
                          repository's exercises/ folder)
  --only NAME[,NAME...]   grade only these exercises (repeatable)
  --time-limit SECS       limit of each exercise's test run (default 10)
  --compile-time-limit SECS
                          limit of each compile (default 60)
  --memory-limit MIB      address space of each process (default 2048)
  --file-limit MIB        largest file each process may write (default 512)
  --jobs N                exercises graded at once (default: the CPUs)
  --scratch DIR           build in DIR and keep it (default: a temporary
                          folder, removed at the end)
  --no-sandbox            run the students' code WITHOUT bubblewrap, with
                          your rights, files and network: only for code you
                          trust, or inside a throwaway virtual machine
  -h, --help              this text
";

/// Parses the command line; `Ok(None)` for `--help`.
fn parse_args(args: Vec<String>) -> Result<Option<Options>, String> {
    let default_original = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../exercises");
    let mut options = Options {
        copy: PathBuf::new(),
        original: default_original,
        only: Vec::new(),
        test_limit: Duration::from_secs(10),
        compile_limit: Duration::from_secs(60),
        jobs: std::thread::available_parallelism().map_or(1, usize::from),
        scratch: None,
        sandbox: true,
        limits: Limits {
            memory_mib: 2048,
            file_mib: 512,
        },
    };
    let mut copy: Option<PathBuf> = None;
    let mut args = args.into_iter();
    let seconds = |flag: &str, value: Option<String>| -> Result<Duration, String> {
        let value = value.ok_or(format!("{flag} needs a number of seconds"))?;
        value
            .parse::<f64>()
            .ok()
            .filter(|s| *s > 0.0)
            .and_then(|s| Duration::try_from_secs_f64(s).ok())
            .ok_or(format!("{flag} {value}: not a positive number of seconds"))
    };
    let number = |flag: &str, value: Option<String>| -> Result<u64, String> {
        let value = value.ok_or(format!("{flag} needs a number"))?;
        value
            .parse::<u64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or(format!("{flag} {value}: not a positive whole number"))
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--original" => {
                options.original = PathBuf::from(args.next().ok_or("--original needs a folder")?);
            }
            "--only" => {
                let names = args.next().ok_or("--only needs exercise names")?;
                options.only.extend(
                    names
                        .split(',')
                        .map(str::trim)
                        .filter(|n| !n.is_empty())
                        .map(str::to_owned),
                );
            }
            "--time-limit" => options.test_limit = seconds(&arg, args.next())?,
            "--compile-time-limit" => options.compile_limit = seconds(&arg, args.next())?,
            "--memory-limit" => options.limits.memory_mib = number(&arg, args.next())?,
            "--file-limit" => options.limits.file_mib = number(&arg, args.next())?,
            "--jobs" => {
                options.jobs = usize::try_from(number(&arg, args.next())?).unwrap_or(usize::MAX);
            }
            "--scratch" => {
                options.scratch = Some(PathBuf::from(
                    args.next().ok_or("--scratch needs a folder")?,
                ));
            }
            "--no-sandbox" => options.sandbox = false,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path => {
                if copy.is_some() {
                    return Err(format!("one copy at a time: {path} is a second one"));
                }
                copy = Some(PathBuf::from(path));
            }
        }
    }
    options.copy = copy.ok_or("which copy? Give the folder of a student's copy")?;
    Ok(Some(options))
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1).collect()) {
        Ok(Some(options)) => options,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("grade: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match grade::run(&options) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("grade: could not run: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Options>, String> {
        parse_args(args.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn defaults_and_options() {
        let o = parse(&["copy"]).unwrap().unwrap();
        assert_eq!(o.copy, PathBuf::from("copy"));
        assert!(o.original.ends_with("../../exercises"));
        assert!(o.sandbox);
        assert_eq!(o.test_limit, Duration::from_secs(10));
        assert_eq!(o.compile_limit, Duration::from_secs(60));
        assert_eq!(o.limits.memory_mib, 2048);
        assert_eq!(o.limits.file_mib, 512);
        assert_eq!(o.scratch, None);
        assert!(o.only.is_empty());

        let o = parse(&[
            "--only",
            "a, b",
            "--only",
            "c",
            "--time-limit",
            "0.5",
            "--compile-time-limit",
            "30",
            "--memory-limit",
            "512",
            "--file-limit",
            "16",
            "--jobs",
            "3",
            "--scratch",
            "s",
            "--no-sandbox",
            "--original",
            "o",
            "copy",
        ])
        .unwrap()
        .unwrap();
        assert_eq!(o.only, ["a", "b", "c"]);
        assert_eq!(o.test_limit, Duration::from_millis(500));
        assert_eq!(o.compile_limit, Duration::from_secs(30));
        assert_eq!(o.limits.memory_mib, 512);
        assert_eq!(o.limits.file_mib, 16);
        assert_eq!(o.jobs, 3);
        assert_eq!(o.scratch, Some(PathBuf::from("s")));
        assert!(!o.sandbox);
        assert_eq!(o.original, PathBuf::from("o"));
        assert!(parse(&["--help"]).unwrap().is_none());
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        for (args, says) in [
            (&[][..], "which copy?"),
            (&["a", "b"][..], "one copy at a time"),
            (&["--time-limit", "0", "c"][..], "not a positive number"),
            (&["--time-limit", "-1", "c"][..], "not a positive number"),
            (&["--time-limit", "NaN", "c"][..], "not a positive number"),
            (&["--time-limit"][..], "needs a number of seconds"),
            (&["--jobs", "0", "c"][..], "not a positive whole number"),
            (
                &["--memory-limit", "lots", "c"][..],
                "not a positive whole number",
            ),
            (&["--frobnicate", "c"][..], "unknown option --frobnicate"),
            (&["--only"][..], "needs exercise names"),
        ] {
            let err = parse(args).unwrap_err();
            assert!(err.contains(says), "{args:?}: {err}");
        }
    }
}
