//! Reading the compiler's and libtest's output: the first error, the first
//! failing test and why.

use std::collections::HashMap;

use crate::process::{Ended, Finished};

/// At most this many characters of a reason are shown.
const REASON_CHARS: usize = 200;

/// `text` cut to [`REASON_CHARS`] characters, with "…" if cut.
pub fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(REASON_CHARS).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

/// The compiler's first error: its first line, and the place it points at
/// (the file and line of the `-->` line right after it), if any.
pub fn first_error(stderr: &str) -> Option<(String, Option<(String, usize)>)> {
    let lines: Vec<&str> = stderr.lines().collect();
    let at = lines.iter().position(|l| {
        (l.starts_with("error[") || l.starts_with("error:"))
            && !l.starts_with("error: aborting due to")
    })?;
    Some((lines[at].to_owned(), pointed_line(&lines[at..])))
}

/// The compiler's first warning (not the "N warnings emitted" summary),
/// as [`first_error`] finds the first error.
pub fn first_warning(stderr: &str) -> Option<(String, Option<(String, usize)>)> {
    let lines: Vec<&str> = stderr.lines().collect();
    let at = lines.iter().position(|l| {
        (l.starts_with("warning[") || l.starts_with("warning:")) && !is_warning_summary(l)
    })?;
    Some((lines[at].to_owned(), pointed_line(&lines[at..])))
}

/// "warning: 2 warnings emitted", "warning: 1 warning emitted".
fn is_warning_summary(line: &str) -> bool {
    line.strip_prefix("warning: ")
        .and_then(|rest| rest.split_once(' '))
        .is_some_and(|(n, rest)| {
            n.parse::<u32>().is_ok() && (rest == "warning emitted" || rest == "warnings emitted")
        })
}

/// The file and line of the `-->` line that follows a message's first line.
fn pointed_line(message: &[&str]) -> Option<(String, usize)> {
    message
        .iter()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .find_map(|l| {
            let place = l.trim_start().strip_prefix("--> ")?;
            let mut parts = place.rsplitn(3, ':');
            let _column = parts.next()?;
            let line = parts.next()?.parse().ok()?;
            Some((parts.next()?.to_owned(), line))
        })
}

/// What libtest printed: each test's result and each failure's message.
#[derive(Debug, Default)]
struct TestOutput {
    /// `test NAME ... RESULT`: NAME to RESULT (`ok`, `FAILED`, `ignored`...).
    results: HashMap<String, String>,
    /// `---- NAME stdout ----` sections: NAME to its text.
    failures: HashMap<String, Vec<String>>,
    /// The `test result: ok.` line was printed.
    summary_ok: bool,
}

fn parse(stdout: &str) -> TestOutput {
    let mut out = TestOutput::default();
    let mut section: Option<String> = None;
    for line in stdout.lines() {
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|l| l.strip_suffix(" stdout ----"))
        {
            section = Some(name.to_owned());
            continue;
        }
        if let Some(name) = &section {
            // libtest ends the failure sections with its list of failures.
            if line == "failures:" {
                section = None;
            } else {
                out.failures
                    .entry(name.clone())
                    .or_default()
                    .push(line.to_owned());
                continue;
            }
        }
        if let Some((name, result)) = line
            .strip_prefix("test ")
            .and_then(|l| l.split_once(" ... "))
        {
            out.results
                .insert(name.to_owned(), result.trim().to_owned());
        }
        if line.starts_with("test result: ok.") {
            out.summary_ok = true;
        }
    }
    out
}

/// The panic message in a failure section: the lines after
/// "panicked at ...:", up to the first blank or `note:` line, joined.
fn panic_message(section: &[String]) -> String {
    let start = section
        .iter()
        .position(|l| l.contains("panicked at "))
        .map_or(0, |i| i.saturating_add(1));
    let message: Vec<&str> = section[start..]
        .iter()
        .map(|l| l.trim())
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty() && !l.starts_with("note: "))
        .collect();
    message.join(" | ")
}

/// The name under which libtest reports a test function `name` of the
/// exercise's tests: `tests::name` (any module path), or `name`.
fn result_of<'a>(results: &'a HashMap<String, String>, name: &str) -> Option<(&'a str, &'a str)> {
    let suffix = format!("::{name}");
    let mut found: Vec<(&str, &str)> = results
        .iter()
        .filter(|(k, _)| *k == name || k.ends_with(&suffix))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    found.sort_unstable();
    found.into_iter().next()
}

/// The signal's usual name.
fn signal_name(signal: i32) -> &'static str {
    match signal {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        _ => "a signal",
    }
}

/// Whether a test run passed every one of `expected` (the original tests,
/// in source order): `Ok` if so, else the reason, naming the first failing
/// test in source order (so the report does not depend on which thread
/// finished first).
pub fn judge_tests(run: &Finished, expected: &[String], limit_secs: f64) -> Result<(), String> {
    let output = parse(&run.stdout);
    let first_stderr_line = || {
        run.stderr
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(|l| format!(": {l}"))
            .unwrap_or_default()
    };
    match run.ended {
        Ended::TimedOut => {
            return Err(format!(
                "the tests ran past the {limit_secs} s time limit and were killed (an endless loop?)"
            ));
        }
        Ended::Signalled(signal) => {
            return Err(format!(
                "the tests crashed ({}, signal {signal}){}",
                signal_name(signal),
                first_stderr_line()
            ));
        }
        Ended::Exited(_) => {}
    }
    for name in expected {
        match result_of(&output.results, name) {
            Some((_, "ok")) => {}
            Some((full, result)) if result.starts_with("FAILED") => {
                let why = output
                    .failures
                    .get(full)
                    .map(|section| panic_message(section))
                    .filter(|m| !m.is_empty())
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default();
                return Err(format!("{full} failed{why}"));
            }
            Some((full, result)) => return Err(format!("{full} did not pass ({result})")),
            None => {
                let how = match run.ended {
                    Ended::Exited(0) => String::from("the test process exited early"),
                    Ended::Exited(code) => format!("the test process exited with code {code}"),
                    _ => String::new(),
                };
                return Err(format!(
                    "the test `{name}` never finished: {how}{}",
                    first_stderr_line()
                ));
            }
        }
    }
    match run.ended {
        Ended::Exited(0) if output.summary_ok => Ok(()),
        Ended::Exited(0) => Err("the tests did not print their summary".to_owned()),
        Ended::Exited(code) => {
            let failed: Vec<&String> = {
                let mut f: Vec<&String> = output
                    .results
                    .iter()
                    .filter(|(_, r)| r.starts_with("FAILED"))
                    .map(|(k, _)| k)
                    .collect();
                f.sort_unstable();
                f
            };
            match failed.first() {
                Some(name) => Err(format!("{name} failed (a test the answer added)")),
                None => Err(format!(
                    "the test process exited with code {code}{}",
                    first_stderr_line()
                )),
            }
        }
        _ => Err("the tests did not finish".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finished(ended: Ended, stdout: &str, stderr: &str) -> Finished {
        Finished {
            ended,
            stdout: stdout.to_owned(),
            stderr: stderr.to_owned(),
        }
    }

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    const PASSED: &str = "
running 2 tests
test tests::a ... ok
test tests::b ... ok

test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.05s

";

    const FAILED: &str = "
running 3 tests
test tests::c ... ok
test tests::b ... FAILED
test tests::a ... FAILED

failures:

---- tests::b stdout ----

thread 'tests::b' (4242) panicked at files/lesson01/x.rs:60:9:
assertion `left == right` failed: 2 lookups for 1 sale
  left: 2
 right: 1
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

---- tests::a stdout ----

thread 'tests::a' (4243) panicked at files/lesson01/x.rs:50:9:
not yet implemented


failures:
    tests::a
    tests::b

test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s

";

    #[test]
    fn the_first_compiler_error_and_its_line() {
        let stderr = "warning: unused variable: `x`
 --> files/lesson00/a.rs:3:9
  |

error[E0502]: cannot borrow `*stock` as mutable because it is also borrowed as immutable
  --> files/lesson00/a.rs:33:13
   |
33 |     for (item, count) in stock.iter() {

error: aborting due to 1 previous error
";
        assert_eq!(
            first_error(stderr),
            Some((
                "error[E0502]: cannot borrow `*stock` as mutable because it is also borrowed as immutable".to_owned(),
                Some(("files/lesson00/a.rs".to_owned(), 33))
            ))
        );
        assert_eq!(
            first_error("error: aborting due to 1 previous error\n"),
            None
        );
        assert_eq!(
            first_error("error: linking with `cc` failed: exit status: 1\n\nmore\n"),
            Some((
                "error: linking with `cc` failed: exit status: 1".to_owned(),
                None
            ))
        );
        assert_eq!(first_error("warning: x\n"), None);
    }

    #[test]
    fn the_first_warning_but_not_the_summary() {
        let stderr = "warning: 1 warning emitted

warning: used `cloned` where `copied` could be used instead
  --> files/lesson03/b.rs:34:40
   |

warning: 2 warnings emitted
";
        assert_eq!(
            first_warning(stderr),
            Some((
                "warning: used `cloned` where `copied` could be used instead".to_owned(),
                Some(("files/lesson03/b.rs".to_owned(), 34))
            ))
        );
        assert_eq!(first_warning("warning: 12 warnings emitted\n"), None);
        assert_eq!(
            first_warning("warning[E0170]: pattern binding\n"),
            Some(("warning[E0170]: pattern binding".to_owned(), None))
        );
        assert_eq!(
            first_warning("warning: some warnings emitted\n"),
            Some(("warning: some warnings emitted".to_owned(), None))
        );
        assert_eq!(first_warning("error: x\n"), None);
    }

    #[test]
    fn every_expected_test_passed() {
        let run = finished(Ended::Exited(0), PASSED, "");
        assert_eq!(judge_tests(&run, &names(&["a", "b"]), 10.0), Ok(()));
    }

    #[test]
    fn the_first_failure_in_source_order_with_its_message() {
        let run = finished(Ended::Exited(101), FAILED, "");
        assert_eq!(
            judge_tests(&run, &names(&["c", "b", "a"]), 10.0),
            Err("tests::b failed: assertion `left == right` failed: 2 lookups for 1 sale | left: 2 | right: 1".to_owned())
        );
        assert_eq!(
            judge_tests(&run, &names(&["a", "b", "c"]), 10.0),
            Err("tests::a failed: not yet implemented".to_owned())
        );
    }

    #[test]
    fn a_test_that_never_reported_is_not_a_pass() {
        // An answer that calls `std::process::exit(0)` inside a test.
        let early = "\nrunning 2 tests\ntest tests::a ... ok\n";
        let run = finished(Ended::Exited(0), early, "");
        assert_eq!(
            judge_tests(&run, &names(&["a", "b"]), 10.0),
            Err("the test `b` never finished: the test process exited early".to_owned())
        );
        let run = finished(Ended::Exited(3), early, "boom\n");
        assert_eq!(
            judge_tests(&run, &names(&["a", "b"]), 10.0),
            Err(
                "the test `b` never finished: the test process exited with code 3: boom".to_owned()
            )
        );
        // Every test reported, but no summary.
        let run = finished(Ended::Exited(0), early, "");
        assert_eq!(
            judge_tests(&run, &names(&["a"]), 10.0),
            Err("the tests did not print their summary".to_owned())
        );
    }

    #[test]
    fn a_failing_test_of_the_answers_own_fails_the_exercise() {
        let out = "test tests::a ... ok\ntest mine::extra ... FAILED\n\ntest result: FAILED. 1 passed; 1 failed\n";
        let run = finished(Ended::Exited(101), out, "");
        assert_eq!(
            judge_tests(&run, &names(&["a"]), 10.0),
            Err("mine::extra failed (a test the answer added)".to_owned())
        );
        let run = finished(Ended::Exited(101), PASSED, "");
        assert_eq!(
            judge_tests(&run, &names(&["a"]), 10.0),
            Err("the test process exited with code 101".to_owned())
        );
        let ignored =
            "test tests::a ... ignored\n\ntest result: ok. 0 passed; 0 failed; 1 ignored\n";
        let run = finished(Ended::Exited(0), ignored, "");
        assert_eq!(
            judge_tests(&run, &names(&["a"]), 10.0),
            Err("tests::a did not pass (ignored)".to_owned())
        );
    }

    #[test]
    fn a_timeout_or_a_crash_says_so() {
        let run = finished(Ended::TimedOut, "running 2 tests\n", "");
        assert_eq!(
            judge_tests(&run, &names(&["a"]), 1.5),
            Err(
                "the tests ran past the 1.5 s time limit and were killed (an endless loop?)"
                    .to_owned()
            )
        );
        let run = finished(
            Ended::Signalled(6),
            "",
            "\nmemory allocation of 1099511627776 bytes failed\n",
        );
        assert_eq!(
            judge_tests(&run, &names(&["a"]), 10.0),
            Err("the tests crashed (SIGABRT, signal 6): memory allocation of 1099511627776 bytes failed".to_owned())
        );
        let run = finished(Ended::Signalled(31), "", "");
        assert_eq!(
            judge_tests(&run, &names(&["a"]), 10.0),
            Err("the tests crashed (a signal, signal 31)".to_owned())
        );
    }

    #[test]
    fn signals_have_their_names() {
        let names: Vec<&str> = [4, 6, 7, 8, 9, 11, 15, 24, 25, 1]
            .into_iter()
            .map(signal_name)
            .collect();
        assert_eq!(
            names,
            [
                "SIGILL", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGSEGV", "SIGTERM",
                "SIGXCPU", "SIGXFSZ", "a signal"
            ]
        );
    }

    #[test]
    fn long_reasons_are_shortened() {
        assert_eq!(shorten("abc"), "abc");
        let long = "x".repeat(REASON_CHARS.saturating_add(1));
        let short = shorten(&long);
        assert_eq!(short.chars().count(), REASON_CHARS.saturating_add(1));
        assert!(short.ends_with('…'));
        assert_eq!(shorten(&"y".repeat(REASON_CHARS)), "y".repeat(REASON_CHARS));
    }
}
