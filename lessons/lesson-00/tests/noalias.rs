//! The compiler optimises on the promise behind `&`: what a shared reference
//! points at does not change while the reference is in use, so no `&mut` may
//! reach the same value.
//!
//! Lesson 00 says that this promise, not only resizing, is why `get_mut` is
//! refused inside a loop that holds `&` references into the map. This test
//! shows the optimisation on the compiler the course is pinned to: it
//! compiles `tests/codegen/noalias.rs` on its own, optimised, to LLVM IR, and
//! reads the two functions. With `&i32` and `&mut i32`, rustc marks both
//! parameters `noalias` and LLVM loads `*held` once, reusing the value after
//! the write; with `&Cell<i32>`s (which may share one value) there is no
//! `noalias`, and `*held` is loaded again after the write. To repeat it
//! yourself, from the repository root:
//!
//! ```text
//! rustc --edition 2024 --crate-type lib -C opt-level=3 --emit=llvm-ir -o noalias.ll lessons/lesson-00/tests/codegen/noalias.rs
//! ```
//!
//! then read `read_write_read` and `read_write_read_cells` in `noalias.ll`.

use std::path::Path;

use testkit::rustc::{Rustc, wording_is_pinned};

/// The `define` line and body of the function whose mangled name contains
/// `name`, up to its closing brace.
fn function<'a>(ir: &'a str, name: &str) -> Vec<&'a str> {
    let marker = format!("{}{name}17h", name.len());
    let mut lines = ir
        .lines()
        .skip_while(|line| !(line.starts_with("define") && line.contains(&marker)))
        .peekable();
    assert!(
        lines.peek().is_some(),
        "no function `{name}` in the IR:\n{ir}"
    );
    let mut body: Vec<&str> = lines.by_ref().take_while(|line| *line != "}").collect();
    body.push("}");
    body
}

/// How many lines of `body` load from the parameter `%held`.
fn loads_of_held(body: &[&str]) -> usize {
    body.iter()
        .filter(|line| line.contains("= load ") && line.contains("ptr %held"))
        .count()
}

/// The attributes of the pointer parameter `%param` in a `define` line: the
/// text from its `ptr` to its name, e.g. `ptr noalias noundef readonly ...`.
fn attributes<'a>(define: &'a str, param: &str) -> &'a str {
    // Skip the mangled name (which contains this file's name, `noalias`).
    let after_name = &define[define.find('@').expect("a function name")..];
    let params = &after_name[after_name.find('(').expect("a parameter list")..];
    let end = params
        .find(&format!(" {param}"))
        .unwrap_or_else(|| panic!("no parameter {param} in {define}"));
    let start = params[..end].rfind("ptr ").expect("a pointer parameter");
    &params[start..end]
}

/// `rustc --version`, and the LLVM IR of `tests/codegen/noalias.rs` compiled
/// on its own at `-C opt-level=3` (into a directory of this process's own).
fn optimised_ir() -> (String, String) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen/noalias.rs");
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("lesson-00-noalias-{}", std::process::id()));
    let rustc = Rustc::from_env();
    let args = [
        "--edition=2024",
        "--crate-type=lib",
        "-Copt-level=3",
        "--emit=llvm-ir",
    ];
    let compiled = rustc.compile(&source, &out_dir, &args);
    assert!(
        compiled.status.success(),
        "{}:\n{}",
        compiled.command,
        compiled.stderr
    );
    let ir = std::fs::read_to_string(out_dir.join("noalias.ll")).expect("read the IR");
    (rustc.version().expect("run rustc --version"), ir)
}

#[test]
fn a_shared_reference_is_read_once_around_a_write_through_a_mutable_one() {
    let (version, ir) = optimised_ir();
    let references = function(&ir, "read_write_read");
    let cells = function(&ir, "read_write_read_cells");
    println!(
        "{version}:\n{}\n\n{}",
        references.join("\n"),
        cells.join("\n")
    );

    // The control: `Cell`s may share a value, so `*held` is read again.
    assert!(
        !attributes(cells[0], "%held").contains("noalias"),
        "{}",
        cells[0]
    );
    assert_eq!(loads_of_held(&cells), 2, "{}", cells.join("\n"));

    // The promise is passed on to LLVM...
    for param in ["%held", "%writer"] {
        let attributes = attributes(references[0], param);
        assert!(attributes.contains("noalias"), "{param}: {attributes}");
    }
    if wording_is_pinned(
        &version,
        "lessons/lesson-00/tests/noalias.rs",
        "checked that `noalias` is there, not how often `*held` is loaded",
    ) {
        // ... and on rustc 1.95 LLVM acts on it: one load, used twice.
        assert_eq!(loads_of_held(&references), 1, "{}", references.join("\n"));
    }
}
