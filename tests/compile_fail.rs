//! The compile-fail gallery: every program in `compile_fail/` must be rejected
//! by the compiler with exactly the diagnostic pinned in the `.stderr` beside it.
//!
//! Each case names the lesson that explains it. When a diagnostic changes,
//! trybuild prints the pinned and the actual output, with the changed words
//! highlighted (its `diff` feature; shown when `TERM` is set and not `dumb`,
//! and the two texts together are under 2 048 bytes). To accept new wording
//! after a deliberate change: `TRYBUILD=overwrite cargo test --test compile_fail`,
//! then read `git diff compile_fail/` and check the lesson's prose still agrees.
//! To move every pinned file to a new compiler at once: `cargo xtask upgrade
//! <toolchain>` (see MAINTAINING.md).

use std::panic;

use testkit::rustc::{PINNED, Rustc, is_pinned};

/// The channel `rust-toolchain.toml` pins, for the note below.
fn pinned_channel() -> &'static str {
    include_str!("../rust-toolchain.toml")
        .lines()
        .find_map(|line| line.trim_start().strip_prefix("channel")?.split('"').nth(1))
        .unwrap_or("(see rust-toolchain.toml)")
}

#[test]
fn compile_fail() {
    let outcome = panic::catch_unwind(|| {
        let cases = trybuild::TestCases::new();
        cases.compile_fail("compile_fail/*.rs");
        // trybuild compiles and compares the cases when `cases` is dropped here.
    });
    if let Err(failure) = outcome {
        let rustc = Rustc::from_env()
            .version()
            .unwrap_or_else(|| "an unknown rustc".to_owned());
        if !is_pinned(&rustc) {
            eprintln!(
                "\nNOTE: the .stderr files were written by {PINNED}x (rust-toolchain.toml), \
                 but this run used `{rustc}`.\n\
                 A changed wording, span or line is not a broken lesson: what matters is \
                 that every case still FAILS with the error code its lesson names.\n\
                 Run the suite with the pinned compiler (`rustup run {} cargo test`) \
                 to compare exact diagnostics.\n",
                pinned_channel()
            );
        }
        panic::resume_unwind(failure);
    }
}
