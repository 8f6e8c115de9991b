//! Running code that may panic or never return, and saying what it did.
//!
//! A deadlock cannot be tested by calling the code: the test would hang.
//! [`Watch`] runs it in a **child process** instead (this lesson's binary,
//! or an example, started again with an argument naming the case), waits a
//! bounded time, and kills it if it is still running:
//!
//! 1. the child prints the line [`ARMED`] (with [`arm`]) just before the
//!    call that may block, so the parent knows the child got that far and
//!    is not merely slow to start;
//! 2. the parent then waits `patience` more (the course uses 500 ms);
//! 3. a child still running then is killed and reported as
//!    [`Outcome::Blocked`]; one that exited is [`Outcome::Exited`], with
//!    what it printed.
//!
//! No step waits without a bound: a child that neither arms nor exits
//! within [`STARTUP`] of its start is killed too ([`Outcome::NeverArmed`]).
//!
//! [`catch_panic`] does the same for a panic, in the same process: it
//! returns the message and the place instead of letting the default hook
//! print them on standard error.

use std::any::Any;
use std::env;
use std::fmt;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::panic::{self, UnwindSafe};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// The line a child prints just before the call that may never return.
pub const ARMED: &str = "armed: the next call may never return";

/// How long after its start [`Watch::outcome`] waits for a child to print
/// [`ARMED`] or exit before it gives up on it: only a broken child takes
/// that long.
pub const STARTUP: Duration = Duration::from_secs(5);

/// How often a child that closed its standard output is checked for exit.
const POLL: Duration = Duration::from_millis(5);

/// Prints [`ARMED`] on standard output, flushed: call it in the child right
/// before the call under watch.
///
/// # Panics
///
/// Panics if standard output cannot be written (the parent is gone).
pub fn arm() {
    let mut out = io::stdout().lock();
    writeln!(out, "{ARMED}").expect("stdout is writable");
    out.flush().expect("stdout is writable");
}

/// What a watched child did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It exited by itself.
    Exited {
        /// Whether it exited with success (status 0).
        success: bool,
        /// Everything it printed on standard output.
        stdout: String,
        /// Everything it printed on standard error.
        stderr: String,
    },
    /// It printed [`ARMED`] and was still running `after` that: killed.
    Blocked {
        /// How long it was given after it armed.
        after: Duration,
        /// What it printed before it was killed.
        stdout: String,
    },
    /// It neither printed [`ARMED`] nor exited within [`STARTUP`]: killed.
    NeverArmed {
        /// What it printed before it was killed.
        stdout: String,
    },
}

impl fmt::Display for Outcome {
    /// The story's outcome line: `blocked: killed after 500 ms`,
    /// `finished`, `failed` or `never armed`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Exited { success: true, .. } => f.write_str("finished"),
            Self::Exited { success: false, .. } => f.write_str("failed"),
            Self::Blocked { after, .. } => {
                write!(f, "blocked: killed after {} ms", after.as_millis())
            }
            Self::NeverArmed { .. } => f.write_str("never armed"),
        }
    }
}

/// A child process under watch; see the [module docs](self).
///
/// Dropping a `Watch` kills its child if it is still running, and reaps it:
/// that is how [`Watch::outcome`] ends a blocked child, and why a parent that
/// panics leaves no process behind.
#[derive(Debug)]
pub struct Watch {
    child: Child,
    started: Instant,
    lines: Receiver<(Instant, String)>,
    stdout: Vec<String>,
    stderr: Option<JoinHandle<String>>,
}

impl Watch {
    /// Starts `command` with its standard output and error piped to the
    /// watch (and no standard input).
    ///
    /// # Errors
    ///
    /// The error of [`Command::spawn`] if the program cannot be started.
    pub fn start(command: &mut Command) -> io::Result<Self> {
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (out, err) = match (child.stdout.take(), child.stderr.take()) {
            (Some(out), Some(err)) => (out, err),
            _ => {
                child.kill()?;
                child.wait()?;
                return Err(io::Error::other("the child's output is not piped"));
            }
        };
        let (sender, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if sender.send((Instant::now(), line)).is_err() {
                    break;
                }
            }
        });
        let stderr = thread::spawn(move || {
            let mut text = String::new();
            // Whatever was read before an error (invalid UTF-8) is kept.
            let _ = BufReader::new(err).read_to_string(&mut text);
            text
        });
        Ok(Self {
            child,
            started: Instant::now(),
            lines,
            stdout: Vec::new(),
            stderr: Some(stderr),
        })
    }

    /// The child's process id.
    #[must_use]
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Waits until the child arms, then until `patience` has passed since it
    /// printed [`ARMED`], and says what it did. Returns as soon as the child
    /// exits; kills it otherwise.
    ///
    /// # Errors
    ///
    /// An I/O error from checking on the child.
    pub fn outcome(self, patience: Duration) -> io::Result<Outcome> {
        self.outcome_within(STARTUP, patience)
    }

    /// [`outcome`](Self::outcome), giving the child `startup` from its start
    /// (instead of [`STARTUP`]) to arm or exit.
    ///
    /// # Errors
    ///
    /// An I/O error from checking on the child.
    pub fn outcome_within(mut self, startup: Duration, patience: Duration) -> io::Result<Outcome> {
        let startup_end = deadline(self.started, startup);
        let mut armed = None;
        loop {
            match self.lines.recv_timeout(left(startup_end)) {
                Ok((when, line)) => {
                    let arming = line == ARMED;
                    self.stdout.push(line);
                    if arming {
                        armed = Some(when);
                        break;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => {
                    // Dropping `self` on return kills the child.
                    return Ok(Outcome::NeverArmed {
                        stdout: self.printed(),
                    });
                }
            }
        }
        // The wait counts from the moment the child printed the marker, so
        // children started together are watched at the same time.
        let end = deadline(armed.unwrap_or_else(Instant::now), patience);
        loop {
            match self.lines.recv_timeout(left(end)) {
                Ok((_, line)) => self.stdout.push(line),
                Err(RecvTimeoutError::Timeout) => break,
                // Standard output is closed: the child has exited, or is
                // about to; check on it until the deadline.
                Err(RecvTimeoutError::Disconnected) => {
                    while self.child.try_wait()?.is_none() && !left(end).is_zero() {
                        thread::sleep(POLL);
                    }
                    break;
                }
            }
        }
        if let Some(status) = self.child.try_wait()? {
            let stderr = self.stderr_text();
            return Ok(Outcome::Exited {
                success: status.success(),
                stdout: self.printed(),
                stderr,
            });
        }
        // Still running: dropping `self` on return kills the child.
        let stdout = self.printed();
        Ok(if armed.is_some() {
            Outcome::Blocked {
                after: patience,
                stdout,
            }
        } else {
            Outcome::NeverArmed { stdout }
        })
    }

    fn printed(&self) -> String {
        self.stdout.join("\n")
    }

    fn stderr_text(&mut self) -> String {
        self.stderr
            .take()
            .and_then(|reader| reader.join().ok())
            .unwrap_or_default()
    }
}

impl Drop for Watch {
    /// Kills the child if it is still running, and reaps it.
    fn drop(&mut self) {
        // Killing a child that has exited does nothing; neither can fail for
        // a child of ours that we have not reaped.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts this program again, as `<this program> child <case>`, under watch:
/// the way a story runs its cases that may never return (see
/// [`story_or_child`]).
///
/// # Errors
///
/// If this program's path is unknown, or it cannot be started.
pub fn start_child(case: &str) -> io::Result<Watch> {
    Watch::start(Command::new(env::current_exe()?).args(["child", case]))
}

/// The `main` of a program that tells a story and is its own child: with
/// no argument it runs `story`; with `child <case>` it runs `child(case)`
/// (started by [`start_child`]); with anything else it prints `usage` and
/// fails.
pub fn story_or_child(usage: &str, story: fn(), child: fn(&str) -> ExitCode) -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            story();
            ExitCode::SUCCESS
        }
        [word, case] if word == "child" => child(case),
        _ => {
            println!("{usage}");
            ExitCode::FAILURE
        }
    }
}

/// Starts `command` and returns its [`Watch::outcome`].
///
/// # Errors
///
/// See [`Watch::start`] and [`Watch::outcome`].
pub fn watch(command: &mut Command, patience: Duration) -> io::Result<Outcome> {
    Watch::start(command)?.outcome(patience)
}

/// The instant `after` past `from` (a century past it if that overflows).
fn deadline(from: Instant, after: Duration) -> Instant {
    from.checked_add(after)
        .or_else(|| from.checked_add(Duration::from_secs(3_155_760_000)))
        .unwrap_or(from)
}

/// The time left until `end` (zero once it has passed).
fn left(end: Instant) -> Duration {
    end.saturating_duration_since(Instant::now())
}

/// A panic caught by [`catch_panic`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caught {
    /// The panic's message, e.g. `RefCell already borrowed`.
    pub message: String,
    /// The source file the panic points at, as the compiler named it.
    pub file: String,
    /// The line in that file.
    pub line: u32,
}

impl fmt::Display for Caught {
    /// `panicked at FILE:LINE: MESSAGE`, as the default hook would say it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "panicked at {}:{}: {}",
            self.file, self.line, self.message
        )
    }
}

/// Runs `job`; if it panics, returns the panic's message and place instead
/// of printing them on standard error. `None` if it returned.
///
/// It replaces the process's panic hook while `job` runs and restores it
/// afterwards, so call it from one thread at a time (the lesson's story
/// does); a panic of another thread during that time goes unprinted.
pub fn catch_panic(job: impl FnOnce() + UnwindSafe) -> Option<Caught> {
    let here = thread::current().id();
    let place: Arc<Mutex<Option<(String, u32)>>> = Arc::default();
    let previous = panic::take_hook();
    let seen = Arc::clone(&place);
    panic::set_hook(Box::new(move |info| {
        if thread::current().id() == here
            && let Some(location) = info.location()
        {
            *seen.lock().unwrap_or_else(PoisonError::into_inner) =
                Some((location.file().to_owned(), location.line()));
        }
    }));
    let result = panic::catch_unwind(job);
    panic::set_hook(previous);
    let payload = result.err()?;
    let (file, line) = place
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
        .unwrap_or_default();
    Some(Caught {
        message: message(payload.as_ref()),
        file,
        line,
    })
}

/// The text of a panic payload: `panic!` with a literal gives a `&str`,
/// with arguments a `String`.
fn message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_lines_are_the_storys() {
        let exited = |success| Outcome::Exited {
            success,
            stdout: String::new(),
            stderr: String::new(),
        };
        assert_eq!(exited(true).to_string(), "finished");
        assert_eq!(exited(false).to_string(), "failed");
        let blocked = Outcome::Blocked {
            after: Duration::from_millis(500),
            stdout: String::new(),
        };
        assert_eq!(blocked.to_string(), "blocked: killed after 500 ms");
        let never = Outcome::NeverArmed {
            stdout: String::new(),
        };
        assert_eq!(never.to_string(), "never armed");
    }

    #[test]
    fn a_caught_panic_reads_like_the_default_hook() {
        let caught = Caught {
            message: "RefCell already borrowed".to_owned(),
            file: "src/refcell.rs".to_owned(),
            line: 28,
        };
        assert_eq!(
            caught.to_string(),
            "panicked at src/refcell.rs:28: RefCell already borrowed"
        );
    }

    #[test]
    fn a_payload_is_read_as_str_or_string() {
        let literal: Box<dyn Any + Send> = Box::new("a literal");
        assert_eq!(message(literal.as_ref()), "a literal");
        let formatted: Box<dyn Any + Send> = Box::new(String::from("formatted 7"));
        assert_eq!(message(formatted.as_ref()), "formatted 7");
        let other: Box<dyn Any + Send> = Box::new(7_u8);
        assert_eq!(message(other.as_ref()), "");
    }

    #[test]
    fn deadlines_saturate_instead_of_overflowing() {
        let now = Instant::now();
        assert_eq!(
            deadline(now, Duration::from_millis(5)),
            now + Duration::from_millis(5)
        );
        assert!(deadline(now, Duration::MAX) > now);
        assert_eq!(left(now), Duration::ZERO);
        assert!(left(now + Duration::from_secs(60)) > Duration::from_secs(59));
    }
}
