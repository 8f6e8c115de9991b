//! `copied()` and `cloned()` compile to the same machine code for `u64` keys.
//!
//! Lesson 03 says the choice between them is about what the code tells its
//! reader, not about speed. This test checks the "not about speed" half on
//! the compiler the course is pinned to: it compiles
//! `tests/codegen/copied_vs_cloned.rs` on its own, optimised, to assembly,
//! and compares the two functions instruction by instruction. To repeat it
//! yourself, from the repository root:
//!
//! ```text
//! rustc --edition 2024 --crate-type lib -C opt-level=3 --emit=asm -o copied_vs_cloned.s lessons/lesson-03/tests/codegen/copied_vs_cloned.rs
//! ```
//!
//! then look for `ids_copied` and `ids_cloned` in `copied_vs_cloned.s`. Only
//! the names differ: the functions' own (mangled) names and the local labels,
//! which the compiler numbers per function (`.LBB0_3` in the first function
//! is `.LBB1_3` in the second). If LLVM ever merges the two functions (one
//! becomes an alias of, or a jump to, the other), that counts as the same
//! code too, and the test says so.

use std::path::Path;

use testkit::rustc::Rustc;

/// The functions compared, by their unmangled names.
const COPIED: &str = "ids_copied";
const CLONED: &str = "ids_cloned";
/// A function that does more per id, which must NOT compare equal.
const CONTROL: &str = "ids_plus_one";

/// What the assembly says about one function.
#[derive(Debug, PartialEq)]
enum Body {
    /// Its instructions, names normalised.
    Code(Vec<String>),
    /// The symbol is an alias (`.set`) of another symbol, or a single jump to
    /// it: LLVM merged two identical functions.
    MergedInto(String),
}

/// Whether `c` can be part of a symbol or label in the assembly.
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.'
}

/// The mangled symbol whose demangled path ends in `name`
/// (legacy mangling: `_ZN16copied_vs_cloned10ids_copied17h<hash>E`).
fn symbol_of(asm: &str, name: &str) -> String {
    let marker = format!("{}{name}17h", name.len());
    asm.split(|c: char| !is_name_char(c))
        .find(|word| word.starts_with("_ZN") && word.contains(&marker))
        .unwrap_or_else(|| panic!("no symbol for `{name}` in the assembly"))
        .to_owned()
}

/// One name, normalised: the compared functions' own symbols become `<fn>`,
/// and a local label loses the number the compiler gives per function
/// (`.LBB1_3` -> `.LBB_3`, `.Ltmp12` -> `.Ltmp`, `.Lfunc_end1` -> `.Lfunc_end`).
fn normalise_name(word: &str, symbols: &[String]) -> String {
    if symbols.iter().any(|s| s == word) {
        return "<fn>".to_owned();
    }
    let Some(label) = word.strip_prefix(".L") else {
        return word.to_owned();
    };
    let after_letters = label.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '_');
    let letters = label.strip_suffix(after_letters).unwrap_or_default();
    let after_number = after_letters.trim_start_matches(|c: char| c.is_ascii_digit());
    format!(".L{letters}{after_number}")
}

/// A line of assembly with every name in it normalised.
fn normalise(line: &str, symbols: &[String]) -> String {
    let mut out = String::with_capacity(line.len());
    let mut word = String::new();
    for c in line.chars() {
        if is_name_char(c) {
            word.push(c);
        } else {
            out.push_str(&normalise_name(&word, symbols));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&normalise_name(&word, symbols));
    out
}

/// The body of `symbol`: from its label to `.cfi_endproc`, without blank
/// lines and comments, names normalised.
fn body_of(asm: &str, symbol: &str, symbols: &[String]) -> Body {
    for line in asm.lines() {
        // `.set a, b` makes `a` another name for `b`.
        if let Some(rest) = line.trim().strip_prefix(".set") {
            let mut parts = rest.split(',').map(str::trim);
            if parts.next() == Some(symbol) {
                return Body::MergedInto(parts.next().unwrap_or_default().to_owned());
            }
        }
    }
    let label = format!("{symbol}:");
    let start = asm
        .lines()
        .position(|line| line == label)
        .unwrap_or_else(|| panic!("no body for `{symbol}`"));
    let raw: Vec<&str> = asm
        .lines()
        .skip(start)
        .take_while(|line| !line.trim().starts_with(".cfi_endproc"))
        .map(|line| line.split('#').next().unwrap_or_default().trim_end())
        .filter(|line| !line.trim().is_empty())
        .collect();
    // A body whose only instruction is a jump is a thunk to another function.
    let instructions: Vec<&str> = raw
        .iter()
        .copied()
        .filter(|l| l.starts_with('\t') && !l.trim().starts_with('.'))
        .collect();
    if let [only] = instructions.as_slice()
        && let Some(target) = only.trim().strip_prefix("jmp")
    {
        return Body::MergedInto(target.trim().to_owned());
    }
    Body::Code(raw.iter().map(|line| normalise(line, symbols)).collect())
}

#[test]
// The normalisation reads x86-64 assembly (`#` comments, `jmp`).
#[cfg_attr(not(target_arch = "x86_64"), ignore = "reads x86-64 assembly")]
fn copied_and_cloned_generate_the_same_code_for_u64_keys() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = manifest_dir.join("tests/codegen/copied_vs_cloned.rs");
    // One directory per test process, so two runs at once cannot mix their
    // output.
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("lesson-03-codegen-{}", std::process::id()));
    // `$RUSTC`, else `rustc` on the PATH: the rustup proxy, which honours
    // the repository's rust-toolchain.toml.
    let rustc = Rustc::from_env();
    let version = rustc.version().expect("run rustc --version");
    println!("compiler: {version}");
    let args = [
        "--edition",
        "2024",
        "--crate-type",
        "lib",
        "-C",
        "opt-level=3",
        "--emit=asm",
    ];
    let compiled = rustc.compile(&source, &out_dir, &args);
    println!("command: {}", compiled.command);
    assert!(
        compiled.status.success(),
        "rustc failed on {}:\n{}",
        source.display(),
        compiled.stderr
    );
    let out = out_dir.join("copied_vs_cloned.s");
    let asm = std::fs::read_to_string(&out).expect("read the assembly");

    let symbols: Vec<String> = [COPIED, CLONED, CONTROL]
        .iter()
        .map(|n| symbol_of(&asm, n))
        .collect();
    let [copied, cloned, control] = [0, 1, 2].map(|i| body_of(&asm, &symbols[i], &symbols));

    // LLVM may have merged the two identical functions: one symbol is then an
    // alias of the other, or a single jump to it.
    let merged = |body: &Body, into: &str| matches!(body, Body::MergedInto(t) if t == into);
    let merged = merged(&cloned, &symbols[0]) || merged(&copied, &symbols[1]);
    // The body that is really there (both, unless they were merged).
    let reference = match (&copied, &cloned) {
        (Body::Code(code), _) | (_, Body::Code(code)) => code,
        _ => panic!("neither `{COPIED}` nor `{CLONED}` has a body: {copied:?}, {cloned:?}"),
    };

    // The comparison can see a difference: the control does more per id.
    let Body::Code(control_code) = &control else {
        panic!("expected a real body for `{CONTROL}`, got {control:?}");
    };
    assert!(
        reference.len() > 20,
        "suspiciously short body: {reference:#?}"
    );
    assert_ne!(
        reference, control_code,
        "the control should compile differently"
    );

    if merged {
        println!("LLVM merged `{CLONED}` and `{COPIED}`: one body serves both");
        return;
    }
    let (Body::Code(copied_code), Body::Code(cloned_code)) = (&copied, &cloned) else {
        panic!("one function jumps somewhere unexpected: {copied:?}, {cloned:?}");
    };
    assert_eq!(cloned_code, copied_code, "`{CLONED}` and `{COPIED}` differ");
    println!(
        "`{COPIED}` and `{CLONED}`: the same {} lines of assembly, names aside",
        copied_code.len()
    );
}
