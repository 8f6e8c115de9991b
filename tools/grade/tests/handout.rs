//! exercises/README.md's "Handing out a copy without the solutions" works:
//! its commands, run on a clone of this repository, leave a `class` branch
//! with one commit, no `solutions/` or `wrong/` folder in it or in its
//! history, and an `exercises/Cargo.toml` whose every binary exists.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The indented command block under the README's heading.
fn commands() -> Vec<String> {
    let readme = fs::read_to_string(repository().join("exercises/README.md")).unwrap();
    let section = readme
        .split("### Handing out a copy without the solutions")
        .nth(1)
        .expect("the README's section");
    section
        .lines()
        .skip_while(|line| !line.starts_with("    "))
        .take_while(|line| line.starts_with("    "))
        .map(|line| line.trim().to_owned())
        .collect()
}

fn run(dir: &Path, command: &str) {
    let status = Command::new("bash")
        .args(["-euo", "pipefail", "-c", command])
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Teacher")
        .env("GIT_AUTHOR_EMAIL", "teacher@example.com")
        .env("GIT_COMMITTER_NAME", "Teacher")
        .env("GIT_COMMITTER_EMAIL", "teacher@example.com")
        .status()
        .unwrap();
    assert!(status.success(), "`{command}` failed in {}", dir.display());
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_class_copy_has_no_solutions_anywhere() {
    let commands = commands();
    assert!(commands.len() >= 5, "{commands:?}");
    let scratch = std::env::temp_dir().join(format!("handout-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(&scratch).unwrap();
    // The committed state of this repository stands for "<this repository>".
    let mut dir = scratch.clone();
    for command in &commands {
        let command = command
            .split(" # ")
            .next()
            .unwrap()
            .replace("<this repository>", &repository().display().to_string());
        if command.starts_with("git push") {
            continue; // no class repository here
        }
        if let Some(rest) = command.strip_prefix("git clone ") {
            run(
                &dir,
                &format!("git clone -q {}", rest.split(" && ").next().unwrap()),
            );
            dir = dir.join(rest.split(" && cd ").nth(1).expect("cd into the clone"));
            continue;
        }
        run(&dir, &command);
    }
    let copy = dir;
    assert_eq!(
        git(&copy, &["rev-parse", "--abbrev-ref", "HEAD"]).trim(),
        "class"
    );
    assert_eq!(git(&copy, &["rev-list", "--count", "class"]).trim(), "1");
    let files = git(&copy, &["ls-tree", "-r", "--name-only", "class"]);
    assert!(files.lines().any(|f| f.starts_with("exercises/exercises/")));
    assert!(
        !files
            .lines()
            .any(|f| f.starts_with("exercises/solutions/") || f.starts_with("exercises/wrong/")),
        "the class branch holds a solution"
    );
    let manifest = fs::read_to_string(copy.join("exercises/Cargo.toml")).unwrap();
    let bins: Vec<&str> = manifest
        .lines()
        .filter_map(|line| line.split("path = \"").nth(1)?.split('"').next())
        .collect();
    assert!(bins.len() >= 20, "{bins:?}");
    for bin in bins {
        assert!(
            copy.join("exercises").join(bin).is_file(),
            "Cargo.toml names a missing {bin}"
        );
    }
    let zip = scratch.join("class-copy.zip");
    assert!(zip.is_file(), "the ZIP was made");
    fs::remove_dir_all(&scratch).unwrap();
}
