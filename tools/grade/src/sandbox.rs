//! Where a student's code runs: in a bubblewrap sandbox, or (only when the
//! teacher asks for it) unconfined.
//!
//! Every compile and every test binary runs as
//! `bwrap <sandbox> -- /bin/sh -c 'ulimit ...; exec "$@"' sh PROGRAM ARGS`,
//! where the sandbox is:
//!
//! - new user, PID, network, IPC, UTS and cgroup namespaces, every
//!   capability dropped, no further user namespace: the network is a
//!   loopback device of its own, with nobody listening;
//! - a read-only root with, read-only: `/usr` (and `/bin`, `/lib`... as
//!   the host has them), the toolchain's sysroot, and from `/etc` only
//!   `alternatives` and `ld.so.cache` (the linker needs them); a new
//!   `/proc` and a read-only `/dev`;
//! - one writable folder, the exercise's scratch folder, mounted at
//!   `/grade`; nothing of the teacher's home, the student's copy or the
//!   original exercises is visible;
//! - a clean environment (`PATH`, `HOME` and `TMPDIR` inside `/grade`);
//! - per process: the memory limit (`ulimit -v`), files of at most the
//!   file-size limit (`ulimit -f`), no core dump (`ulimit -c 0`).

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::process::{self, Ended};

/// Per-process resource limits, inside the sandbox or not.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Address space, in MiB.
    pub memory_mib: u64,
    /// Largest file a process may write, in MiB.
    pub file_mib: u64,
}

/// How commands are confined.
#[derive(Debug, Clone)]
pub enum Confinement {
    /// bubblewrap, at this path, of this version.
    Bubblewrap {
        /// The `bwrap` binary.
        bwrap: PathBuf,
        /// `bwrap --version`'s answer, e.g. "bubblewrap 0.8.0".
        version: String,
    },
    /// No sandbox: the student's code runs with the teacher's rights.
    Unconfined,
}

/// Runs programs in an exercise's scratch folder.
#[derive(Debug, Clone)]
pub struct Runner {
    /// The confinement.
    pub confinement: Confinement,
    /// The toolchain's sysroot (mounted read-only in the sandbox).
    pub sysroot: PathBuf,
    /// The limits.
    pub limits: Limits,
}

/// Where the scratch folder appears inside the sandbox.
const INSIDE: &str = "/grade";

/// The shell line that applies the limits, then becomes the program.
fn limits_script(limits: Limits) -> String {
    let kib = limits.memory_mib.saturating_mul(1024);
    // POSIX `ulimit -f` counts 512-byte blocks (dash and bash as `sh` do).
    let blocks = limits.file_mib.saturating_mul(2048);
    format!("ulimit -c 0 && ulimit -f {blocks} && ulimit -v {kib} && exec \"$@\"")
}

/// The host's top-level folders a program may need, read-only: a folder is
/// bound, a symbolic link (as `/bin -> usr/bin` on a merged-/usr system)
/// is recreated.
fn system_mounts() -> Vec<OsString> {
    let mut args: Vec<OsString> = Vec::new();
    let mut push = |parts: &[&OsStr]| args.extend(parts.iter().map(|p| p.to_os_string()));
    push(&["--ro-bind".as_ref(), "/usr".as_ref(), "/usr".as_ref()]);
    for top in ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"] {
        let Ok(meta) = fs::symlink_metadata(top) else {
            continue;
        };
        if meta.file_type().is_symlink() {
            if let Ok(target) = fs::read_link(top) {
                push(&["--symlink".as_ref(), target.as_os_str(), top.as_ref()]);
            }
        } else if meta.is_dir() {
            push(&["--ro-bind".as_ref(), top.as_ref(), top.as_ref()]);
        }
    }
    for etc in ["/etc/alternatives", "/etc/ld.so.cache"] {
        push(&["--ro-bind-try".as_ref(), etc.as_ref(), etc.as_ref()]);
    }
    args
}

impl Runner {
    /// The scratch folder as the program sees it.
    pub fn inside(&self, scratch: &Path) -> PathBuf {
        match self.confinement {
            Confinement::Bubblewrap { .. } => PathBuf::from(INSIDE),
            Confinement::Unconfined => scratch.to_path_buf(),
        }
    }

    /// The command that runs `program args` in `scratch` (its working
    /// folder), confined and limited.
    pub fn command(&self, scratch: &Path, program: &Path, args: &[OsString]) -> Command {
        let inside = self.inside(scratch);
        let env = [
            ("PATH", OsString::from("/usr/bin:/bin")),
            ("HOME", inside.clone().into_os_string()),
            ("TMPDIR", inside.join("tmp").into_os_string()),
            ("LANG", OsString::from("C.UTF-8")),
            ("RUST_BACKTRACE", OsString::from("0")),
        ];
        let mut command = match &self.confinement {
            Confinement::Bubblewrap { bwrap, .. } => {
                let mut c = Command::new(bwrap);
                c.args([
                    "--unshare-all",
                    "--unshare-user",
                    "--disable-userns",
                    "--cap-drop",
                    "ALL",
                    "--die-with-parent",
                    "--new-session",
                    "--hostname",
                    "grade",
                ]);
                c.args(system_mounts());
                c.arg("--ro-bind").arg(&self.sysroot).arg(&self.sysroot);
                c.args(["--proc", "/proc", "--dev", "/dev"]);
                c.arg("--bind").arg(scratch).arg(INSIDE);
                c.args(["--chdir", INSIDE, "--clearenv"]);
                for (key, value) in &env {
                    c.arg("--setenv").arg(key).arg(value);
                }
                // Last, once everything is mounted: only /grade stays writable.
                c.args(["--remount-ro", "/dev", "--remount-ro", "/", "--"]);
                c.arg("/bin/sh");
                c
            }
            Confinement::Unconfined => {
                let mut c = Command::new("/bin/sh");
                c.current_dir(scratch).env_clear().envs(env);
                c
            }
        };
        command
            .arg("-c")
            .arg(limits_script(self.limits))
            .arg("sh")
            .arg(program)
            .args(args);
        command
    }

    /// The exit code above which bubblewrap reports a signal.
    pub fn signal_base(&self) -> Option<i32> {
        match self.confinement {
            Confinement::Bubblewrap { .. } => Some(128),
            Confinement::Unconfined => None,
        }
    }

    /// Runs `program args` in `scratch` for at most `limit`.
    pub fn run(
        &self,
        scratch: &Path,
        program: &Path,
        args: &[OsString],
        limit: Duration,
    ) -> std::io::Result<process::Finished> {
        process::run(
            self.command(scratch, program, args),
            limit,
            self.signal_base(),
        )
    }

    /// Checks that the sandbox starts and the compiler runs inside it:
    /// `rustc -vV` in an empty scratch folder. Returns rustc's version line.
    pub fn probe(&self, scratch: &Path) -> Result<String, String> {
        fs::create_dir_all(scratch.join("tmp"))
            .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
        let rustc = self.sysroot.join("bin").join("rustc");
        let finished = self
            .run(scratch, &rustc, &["-vV".into()], Duration::from_secs(60))
            .map_err(|e| format!("cannot start {:?}: {e}", self.confinement))?;
        match finished.ended {
            Ended::Exited(0) => finished
                .stdout
                .lines()
                .next()
                .map(str::to_owned)
                .ok_or_else(|| "rustc -vV printed nothing".to_owned()),
            ended => Err(format!(
                "the sandbox or the compiler did not start ({ended:?}): {}",
                finished.stderr.trim()
            )),
        }
    }

    /// One line for the report: what confines the student's code.
    pub fn describe(&self, test_limit: Duration, compile_limit: Duration) -> String {
        let limits = format!(
            "{} s per test run, {} s per compile, {} MiB of memory and {} MiB per file per process",
            test_limit.as_secs_f64(),
            compile_limit.as_secs_f64(),
            self.limits.memory_mib,
            self.limits.file_mib
        );
        match &self.confinement {
            Confinement::Bubblewrap { version, .. } => format!(
                "{version}: every compile and test runs with no network and no write access \
                 outside its scratch folder; {limits}"
            ),
            Confinement::Unconfined => format!(
                "NONE (--no-sandbox): the students' code runs with your rights, your files and \
                 your network; {limits}"
            ),
        }
    }
}

/// Finds `bwrap` on `PATH` and asks its version.
pub fn find_bwrap() -> Result<Confinement, String> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let bwrap = std::env::split_paths(&path)
        .map(|dir| dir.join("bwrap"))
        .find(|candidate| candidate.is_file())
        .ok_or(
            "bubblewrap (`bwrap`) is not on PATH: install it (Debian and Ubuntu: \
             `apt-get install bubblewrap`; Fedora: `dnf install bubblewrap`), or pass \
             --no-sandbox to run the students' code unconfined",
        )?;
    let output = Command::new(&bwrap)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", bwrap.display()))?;
    let version = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    Ok(Confinement::Bubblewrap { bwrap, version })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(c: &Command) -> Vec<String> {
        c.get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn the_limits_are_in_the_units_ulimit_counts() {
        let script = limits_script(Limits {
            memory_mib: 2,
            file_mib: 3,
        });
        assert_eq!(
            script,
            "ulimit -c 0 && ulimit -f 6144 && ulimit -v 2048 && exec \"$@\""
        );
    }

    #[test]
    fn the_sandbox_mounts_only_the_scratch_folder_writable() {
        let runner = Runner {
            confinement: Confinement::Bubblewrap {
                bwrap: PathBuf::from("/usr/bin/bwrap"),
                version: "bubblewrap 0.8.0".into(),
            },
            sysroot: PathBuf::from("/opt/rust"),
            limits: Limits {
                memory_mib: 1,
                file_mib: 1,
            },
        };
        let c = runner.command(
            Path::new("/tmp/s/ex"),
            Path::new("/opt/rust/bin/rustc"),
            &["-vV".into()],
        );
        let a = args(&c);
        let joined = a.join(" ");
        assert!(joined.starts_with(
            "--unshare-all --unshare-user --disable-userns --cap-drop ALL --die-with-parent \
             --new-session --hostname grade --ro-bind /usr /usr "
        ));
        assert!(joined.contains("--ro-bind /opt/rust /opt/rust"));
        assert!(joined.contains("--bind /tmp/s/ex /grade --chdir /grade --clearenv"));
        assert!(joined.contains("--setenv TMPDIR /grade/tmp"));
        assert!(joined.contains("--remount-ro /dev --remount-ro / -- /bin/sh -c ulimit"));
        assert!(joined.ends_with("sh /opt/rust/bin/rustc -vV"));
        // Only one writable bind: the scratch folder.
        assert_eq!(a.iter().filter(|x| *x == "--bind").count(), 1);
        assert_eq!(runner.signal_base(), Some(128));
        assert_eq!(
            runner.inside(Path::new("/tmp/s/ex")),
            PathBuf::from("/grade")
        );
        assert!(
            runner
                .describe(Duration::from_secs(2), Duration::from_secs(60))
                .starts_with("bubblewrap 0.8.0: ")
        );
    }

    #[test]
    fn the_hosts_top_level_folders_are_mounted_as_they_are() {
        let args: Vec<String> = system_mounts()
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(args[..3], ["--ro-bind", "/usr", "/usr"]);
        for top in ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"] {
            let Ok(meta) = fs::symlink_metadata(top) else {
                assert!(!args.iter().any(|a| a == top), "{top}");
                continue;
            };
            let at = args.iter().position(|a| a == top).unwrap();
            if meta.file_type().is_symlink() {
                assert_eq!(args[at - 2], "--symlink", "{top}");
                assert_eq!(
                    args[at - 1],
                    fs::read_link(top).unwrap().to_string_lossy(),
                    "{top}"
                );
            } else {
                assert_eq!(args[at - 1..at + 2], ["--ro-bind", top, top], "{top}");
            }
        }
        assert!(args.ends_with(&[
            "--ro-bind-try".to_owned(),
            "/etc/alternatives".to_owned(),
            "/etc/alternatives".to_owned(),
            "--ro-bind-try".to_owned(),
            "/etc/ld.so.cache".to_owned(),
            "/etc/ld.so.cache".to_owned(),
        ]));
    }

    #[test]
    fn unconfined_runs_in_the_scratch_folder_with_a_clean_environment() {
        let runner = Runner {
            confinement: Confinement::Unconfined,
            sysroot: PathBuf::from("/opt/rust"),
            limits: Limits {
                memory_mib: 1,
                file_mib: 1,
            },
        };
        let c = runner.command(Path::new("/tmp/s/ex"), Path::new("./t"), &[]);
        assert_eq!(c.get_program(), "/bin/sh");
        assert_eq!(c.get_current_dir(), Some(Path::new("/tmp/s/ex")));
        let env: Vec<(String, Option<String>)> = c
            .get_envs()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.map(|v| v.to_string_lossy().into_owned()),
                )
            })
            .collect();
        assert!(env.contains(&("TMPDIR".into(), Some("/tmp/s/ex/tmp".into()))));
        assert_eq!(runner.signal_base(), None);
        assert!(
            runner
                .describe(Duration::from_secs(2), Duration::from_secs(60))
                .starts_with("NONE")
        );
    }
}
