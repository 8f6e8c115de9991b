//! The compile-fail gallery: every program in `compile_fail/` must be rejected
//! by the compiler with exactly the diagnostic pinned in the `.stderr` beside it.
//!
//! Each case names the lesson that explains it. To accept new wording after a
//! deliberate change: `TRYBUILD=overwrite cargo test --test compile_fail`, then
//! read `git diff compile_fail/` and check the lesson's prose still agrees.

use std::panic;
use std::process::Command;

/// The compiler that wrote the `.stderr` files (see `rust-toolchain.toml`).
const PINNED: &str = "rustc 1.95.0 ";

#[test]
fn compile_fail() {
    let outcome = panic::catch_unwind(|| {
        let cases = trybuild::TestCases::new();
        cases.compile_fail("compile_fail/*.rs");
        // trybuild compiles and compares the cases when `cases` is dropped here.
    });
    if let Err(failure) = outcome {
        let rustc = rustc_version();
        if !rustc.starts_with(PINNED) {
            eprintln!(
                "\nNOTE: the .stderr files were written by {PINNED}(rust-toolchain.toml), \
                 but this run used `{rustc}`.\n\
                 A changed wording, span or line is not a broken lesson: what matters is \
                 that every case still FAILS with the error code its lesson names.\n\
                 Run the suite with the pinned compiler (`rustup run 1.95.0 cargo test`) \
                 to compare exact diagnostics.\n"
            );
        }
        panic::resume_unwind(failure);
    }
}

fn rustc_version() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    Command::new(rustc)
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .unwrap_or_else(|e| format!("unknown rustc ({e})"))
}
