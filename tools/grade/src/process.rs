//! Running a command with a time limit, no terminal and bounded output.
//!
//! The command gets `/dev/null` as its input and pipes as its output, in a
//! process group of its own. At the limit the whole group is killed (and,
//! in the sandbox, killing bubblewrap ends its PID namespace, so nothing
//! the answer started survives). Each output stream keeps its first
//! [`OUTPUT_CAP`] bytes; the rest is read and dropped, so an answer that
//! prints without end cannot fill the teacher's memory.

use std::io::{self, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How many bytes of each output stream are kept.
pub const OUTPUT_CAP: usize = 1 << 20;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// It exited with this code.
    Exited(i32),
    /// A signal ended it.
    Signalled(i32),
    /// It ran past the limit and was killed.
    TimedOut,
}

/// A finished command.
#[derive(Debug, Clone)]
pub struct Finished {
    /// How it ended.
    pub ended: Ended,
    /// Its standard output (the first [`OUTPUT_CAP`] bytes, lossy UTF-8).
    pub stdout: String,
    /// Its standard error, likewise.
    pub stderr: String,
}

/// Reads `stream` to its end into a shared buffer, keeping [`OUTPUT_CAP`]
/// bytes; says on `done` when the stream is closed.
fn drain(mut stream: impl Read + Send + 'static) -> (Arc<Mutex<Vec<u8>>>, mpsc::Receiver<()>) {
    let kept = Arc::new(Mutex::new(Vec::new()));
    let (done, finished) = mpsc::channel();
    let buffer = Arc::clone(&kept);
    thread::spawn(move || {
        let mut chunk = [0u8; 8192];
        loop {
            match stream.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    let mut kept = buffer
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    let room = OUTPUT_CAP.saturating_sub(kept.len()).min(n);
                    kept.extend_from_slice(&chunk[..room]);
                }
                // The grader installs no signal handler, so a read is never
                // interrupted: any error ends the stream.
                Err(_) => break,
            }
        }
        let _ = done.send(());
    });
    (kept, finished)
}

/// Kills the process group of `child` (it leads its own group), then the
/// child itself.
fn kill_group(child: &mut Child) {
    // std cannot signal a group: the shell's `kill` can (`-s KILL -- -PGID`).
    let _ = Command::new("/bin/sh")
        .args([
            "-c",
            "kill -s KILL -- \"-$0\" 2>/dev/null",
            &child.id().to_string(),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
}

/// Runs `command` for at most `limit`. `signal_base` is the exit code above
/// which a code means "ended by signal (code - base)" (bubblewrap reports a
/// signal that way: 128 + the signal); `None` to read codes as they are.
pub fn run(
    mut command: Command,
    limit: Duration,
    signal_base: Option<i32>,
) -> io::Result<Finished> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = command.spawn()?;
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| io::Error::other("no stdout pipe"))?;
    let stderr = child
        .stderr
        .take()
        .ok_or_else(|| io::Error::other("no stderr pipe"))?;
    let (out, out_done) = drain(stdout);
    let (err, err_done) = drain(stderr);

    let deadline = Instant::now().checked_add(limit);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            kill_group(&mut child);
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    // The streams close when the last process holding them ends. Outside the
    // sandbox an answer could leave one running: do not wait for it forever.
    for done in [&out_done, &err_done] {
        let _ = done.recv_timeout(Duration::from_secs(2));
    }
    let text = |buffer: &Arc<Mutex<Vec<u8>>>| {
        let kept = buffer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        String::from_utf8_lossy(&kept).into_owned()
    };
    let ended = match status {
        None => Ended::TimedOut,
        // On Unix a status has a code, or else the signal that ended it.
        Some(status) => match status.code() {
            Some(code) => match signal_base {
                Some(base) if code > base && code < base.saturating_add(65) => {
                    Ended::Signalled(code.saturating_sub(base))
                }
                _ => Ended::Exited(code),
            },
            None => Ended::Signalled(status.signal().unwrap_or_default()),
        },
    };
    Ok(Finished {
        ended,
        stdout: text(&out),
        stderr: text(&err),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("/bin/sh");
        c.args(["-c", script]);
        c
    }

    #[test]
    fn output_and_exit_code_come_back() {
        let f = run(
            sh("echo out; echo err >&2; exit 3"),
            Duration::from_secs(10),
            None,
        )
        .unwrap();
        assert_eq!(f.ended, Ended::Exited(3));
        assert_eq!(f.stdout, "out\n");
        assert_eq!(f.stderr, "err\n");
    }

    #[test]
    fn there_is_no_terminal_and_no_input() {
        let f = run(
            sh("test -t 0 || test -t 1 || echo none; cat"),
            Duration::from_secs(10),
            None,
        )
        .unwrap();
        assert_eq!(f.ended, Ended::Exited(0));
        assert_eq!(f.stdout, "none\n");
    }

    #[test]
    fn a_signal_is_told_from_an_exit() {
        let f = run(sh("kill -ABRT $$"), Duration::from_secs(10), None).unwrap();
        assert_eq!(f.ended, Ended::Signalled(6));
        let f = run(sh("exit 134"), Duration::from_secs(10), Some(128)).unwrap();
        assert_eq!(f.ended, Ended::Signalled(6));
        let f = run(sh("exit 101"), Duration::from_secs(10), Some(128)).unwrap();
        assert_eq!(f.ended, Ended::Exited(101));
        let f = run(sh("exit 128"), Duration::from_secs(10), Some(128)).unwrap();
        assert_eq!(f.ended, Ended::Exited(128));
        let f = run(sh("exit 193"), Duration::from_secs(10), Some(128)).unwrap();
        assert_eq!(f.ended, Ended::Exited(193));
    }

    #[test]
    fn a_command_past_its_limit_is_killed_with_what_it_started() {
        // The child starts a grandchild that would outlive it, then waits
        // (for long enough: a grader that fails to kill it must not leave a
        // process behind for ever).
        let marker = std::env::temp_dir().join(format!("grade-process-{}", std::process::id()));
        let _ = std::fs::remove_file(&marker);
        let script = format!("(sleep 1; echo late > '{}') & sleep 20", marker.display());
        let started = Instant::now();
        let f = run(sh(&script), Duration::from_millis(300), None).unwrap();
        assert_eq!(f.ended, Ended::TimedOut);
        assert!(started.elapsed() < Duration::from_secs(5));
        thread::sleep(Duration::from_millis(1500));
        let survived = marker.exists();
        let _ = std::fs::remove_file(&marker);
        assert!(!survived, "the grandchild survived the limit");
    }

    #[test]
    fn endless_output_is_capped() {
        let f = run(
            sh("yes | head -c 3000000; echo done >&2"),
            Duration::from_secs(20),
            None,
        )
        .unwrap();
        assert_eq!(f.ended, Ended::Exited(0));
        assert_eq!(f.stdout.len(), OUTPUT_CAP);
        assert_eq!(f.stderr, "done\n");
    }
}
