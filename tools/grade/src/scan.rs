//! What an answer may not contain, found on Rust's tokens (comments and
//! string literals are skipped, so a comment that says "no unsafe here" is
//! fine):
//!
//! - `unsafe`: the exercises forbid it (only the test harness has it);
//! - the identifier `harness`: the answer would reach into the tests'
//!   counting allocator and hasher;
//! - a crate attribute `#![...]`: it would change how the whole file,
//!   tests included, is compiled;
//! - a `macro_rules!` named like a macro the tests use (`assert_eq`,
//!   `panic`...): a macro defined before the tests would replace theirs, and
//!   an `assert_eq!` that checks nothing passes every test;
//! - in a `strict_clippy` exercise, a lint level (`allow`, `expect`,
//!   `warn`, `deny`, `forbid`, `cfg_attr`): `-D warnings` would otherwise
//!   be one `#[allow(...)]` away. `expect` after `.` or `::` is the method.
//!
//! Whatever the original prefix itself contains is allowed.

/// A token: enough of Rust's lexical grammar to tell code from comments
/// and literals.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Punct(char),
    Literal,
}

/// A token and its line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    tok: Tok,
    line: usize,
}

/// Splits Rust source into identifiers, punctuation and literals.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "indexes and line counts within a Vec<char>: bounded by its length"
)]
fn tokens(src: &str) -> Vec<Token> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1usize;
    let mut i = 0usize;
    let at = |i: usize| chars.get(i).copied();
    // Counts the newlines of chars[from..to].
    let newlines = |from: usize, to: usize| {
        chars[from..to.min(chars.len())]
            .iter()
            .filter(|&&c| c == '\n')
            .count()
    };
    while let Some(c) = at(i) {
        let start = i;
        let start_line = line;
        if c == '/' && at(i + 1) == Some('/') {
            while at(i).is_some_and(|c| c != '\n') {
                i += 1;
            }
            continue;
        }
        if c == '/' && at(i + 1) == Some('*') {
            // Block comments nest; one left open runs to the end.
            let mut depth = 0usize;
            loop {
                match (at(i), at(i + 1)) {
                    (Some('/'), Some('*')) => {
                        depth += 1;
                        i += 2;
                    }
                    (Some('*'), Some('/')) => {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    }
                    (Some(_), _) => i += 1,
                    (None, _) => break,
                }
            }
            line += newlines(start, i);
            continue;
        }
        if c.is_whitespace() {
            if c == '\n' {
                line += 1;
            }
            i += 1;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while at(j).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            let next = at(j);
            let raw_capable = matches!(word.as_str(), "r" | "br" | "cr");
            let quoted_capable = matches!(word.as_str(), "b" | "c" | "r" | "br" | "cr");
            if raw_capable && (next == Some('#') || next == Some('"')) {
                // r"..." or r#"..."#, or a raw identifier r#name.
                let mut k = j;
                while at(k) == Some('#') {
                    k += 1;
                }
                if at(k) == Some('"') {
                    let hashes = k - j;
                    k += 1;
                    loop {
                        match at(k) {
                            None => break,
                            Some('"') if (1..=hashes).all(|h| at(k + h) == Some('#')) => {
                                k += 1 + hashes;
                                break;
                            }
                            Some(_) => k += 1,
                        }
                    }
                    line += newlines(start, k);
                    out.push(Token {
                        tok: Tok::Literal,
                        line: start_line,
                    });
                    i = k;
                    continue;
                }
                if word == "r" {
                    // r#ident: an identifier that is never a keyword.
                    let mut e = k;
                    while at(e).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        e += 1;
                    }
                    let name: String = chars[j - 1..e].iter().collect();
                    out.push(Token {
                        tok: Tok::Ident(name),
                        line,
                    });
                    i = e;
                    continue;
                }
            }
            if quoted_capable && next == Some('"') {
                out.push(Token {
                    tok: Tok::Literal,
                    line,
                });
                i = skip_string(&chars, j, &mut line);
                continue;
            }
            if word == "b" && next == Some('\'') {
                out.push(Token {
                    tok: Tok::Literal,
                    line,
                });
                i = skip_char(&chars, j);
                continue;
            }
            out.push(Token {
                tok: Tok::Ident(word),
                line,
            });
            i = j;
            continue;
        }
        if c.is_ascii_digit() {
            while at(i).is_some_and(|c| c.is_alphanumeric() || c == '_')
                || (at(i) == Some('.') && at(i + 1).is_some_and(|c| c.is_ascii_digit()))
            {
                i += 1;
            }
            out.push(Token {
                tok: Tok::Literal,
                line,
            });
            continue;
        }
        if c == '"' {
            out.push(Token {
                tok: Tok::Literal,
                line,
            });
            i = skip_string(&chars, i, &mut line);
            continue;
        }
        if c == '\'' {
            // 'x' and '\n' are characters; 'a (no closing quote) a lifetime.
            if at(i + 1) == Some('\\') || at(i + 2) == Some('\'') {
                out.push(Token {
                    tok: Tok::Literal,
                    line,
                });
                i = skip_char(&chars, i);
                continue;
            }
            out.push(Token {
                tok: Tok::Punct('\''),
                line,
            });
            i += 1;
            continue;
        }
        out.push(Token {
            tok: Tok::Punct(c),
            line,
        });
        i += 1;
    }
    out
}

/// Skips the string literal whose opening quote is at `i`; returns the
/// index after its closing quote.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "indexes within a slice: bounded by its length"
)]
fn skip_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    i += 1;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => i += 2,
            '"' => return i + 1,
            '\n' => {
                *line += 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// Skips the character literal whose opening quote is at `i`.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "indexes within a slice: bounded by its length"
)]
fn skip_char(chars: &[char], mut i: usize) -> usize {
    i += 1;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => i += 2,
            '\'' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// What an answer may not contain, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The line (1-based) in the scanned text.
    pub line: usize,
    /// What is wrong, for the report.
    pub what: String,
}

/// The macros that `src` invokes (`name!(`, `name![`, `name! {`), sorted.
pub fn macros_used(src: &str) -> Vec<String> {
    let tokens = tokens(src);
    let mut names: Vec<String> = tokens
        .windows(3)
        .filter_map(|w| match (&w[0].tok, &w[1].tok, &w[2].tok) {
            (Tok::Ident(name), Tok::Punct('!'), Tok::Punct('(' | '[' | '{')) => Some(name.clone()),
            _ => None,
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The kinds of finding, as `(key, message)`: the key decides whether the
/// original prefix has the same thing. `test_macros`: the macros the tests
/// use.
fn findings(src: &str, strict_clippy: bool, test_macros: &[String]) -> Vec<(String, Finding)> {
    let tokens = tokens(src);
    let ident = |i: usize| match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Ident(name)) => Some(name.as_str()),
        _ => None,
    };
    let mut out = Vec::new();
    let punct = |i: usize, c: char| tokens.get(i).is_some_and(|t| t.tok == Tok::Punct(c));
    // The punctuation `run`, from token `i` on.
    let puncts = |i: usize, run: &[char]| {
        tokens.get(i..).is_some_and(|rest| {
            rest.len() >= run.len() && rest.iter().zip(run).all(|(t, &c)| t.tok == Tok::Punct(c))
        })
    };
    for (i, token) in tokens.iter().enumerate() {
        let line = token.line;
        match &token.tok {
            Tok::Ident(word) if word == "unsafe" => out.push((
                "unsafe".to_owned(),
                Finding {
                    line,
                    what: "the answer uses `unsafe`, which the exercises forbid".to_owned(),
                },
            )),
            // `macro_rules! NAME`
            Tok::Ident(word) if word == "macro_rules" => {
                if let Some(name) = ident(i.saturating_add(2))
                    && test_macros.iter().any(|m| m == name)
                {
                    out.push((
                        format!("macro:{name}"),
                        Finding {
                            line,
                            what: format!(
                                "the answer defines a macro `{name}!`, which would replace the \
                                 tests' own"
                            ),
                        },
                    ));
                }
            }
            Tok::Ident(word) if word == "harness" => out.push((
                "harness".to_owned(),
                Finding {
                    line,
                    what: "the answer refers to the tests' harness".to_owned(),
                },
            )),
            Tok::Ident(word)
                if strict_clippy
                    && matches!(
                        word.as_str(),
                        "allow" | "expect" | "warn" | "deny" | "forbid" | "cfg_attr"
                    ) =>
            {
                let method = i
                    .checked_sub(1)
                    .is_some_and(|b| punct(b, '.') || punct(b, ':'));
                if !(word == "expect" && method) {
                    out.push((
                        format!("lint:{word}"),
                        Finding {
                            line,
                            what: format!(
                                "the answer changes a lint level (`{word}`), and this exercise \
                                 is graded with Clippy's warnings as errors"
                            ),
                        },
                    ));
                }
            }
            Tok::Punct('#') if puncts(i.saturating_add(1), &['!', '[']) => out.push((
                "inner-attribute".to_owned(),
                Finding {
                    line,
                    what: "the answer adds a crate attribute `#![...]`".to_owned(),
                },
            )),
            _ => {}
        }
    }
    out
}

/// The first thing in `student` that an answer may not contain and that
/// `original_prefix` does not contain either; `test_macros` are the macros
/// the tests and their harness use.
pub fn forbidden(
    student: &str,
    original_prefix: &str,
    strict_clippy: bool,
    test_macros: &[String],
) -> Option<Finding> {
    let allowed: Vec<String> = findings(original_prefix, strict_clippy, test_macros)
        .into_iter()
        .map(|(key, _)| key)
        .collect();
    findings(student, strict_clippy, test_macros)
        .into_iter()
        .find(|(key, _)| !allowed.contains(key))
        .map(|(_, finding)| finding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idents(src: &str) -> Vec<String> {
        tokens(src)
            .into_iter()
            .filter_map(|t| match t.tok {
                Tok::Ident(w) => Some(w),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn comments_strings_and_characters_hide_their_words() {
        let src = r####"
            // unsafe in a line comment
            /* unsafe /* nested */ unsafe */
            let a = "unsafe \" still unsafe";
            let b = r#"unsafe "quoted" unsafe"#;
            let c = br##"unsafe"# still"##;
            let d = b"unsafe"; let e = c"unsafe"; let f = cr#"unsafe"#;
            let g = '"'; let h = '\''; let i = b'"'; let j = '\u{75}';
            let k: &'static str = "x"; 'outer: loop { break 'outer; }
            let l = 1.5e3_f64 + 0x_ff as f64;
        "####;
        assert_eq!(
            idents(src),
            [
                "let", "a", "let", "b", "let", "c", "let", "d", "let", "e", "let", "f", "let", "g",
                "let", "h", "let", "i", "let", "j", "let", "k", "static", "str", "outer", "loop",
                "break", "outer", "let", "l", "as", "f64"
            ]
        );
    }

    fn kinds(src: &str) -> String {
        tokens(src)
            .into_iter()
            .map(|t| match t.tok {
                Tok::Ident(w) => w,
                Tok::Punct(c) => c.to_string(),
                Tok::Literal => "L".to_owned(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn every_token_in_order() {
        assert_eq!(kinds("a / b * c;"), "a / b * c ;");
        assert_eq!(kinds("a[1,2] + 1.5 - 0..n"), "a [ L , L ] + L - L . . n");
        assert_eq!(
            kinds("f(r\"unsafe\", r##\"a\"#b\"##, r\"\\\");"),
            "f ( L , L , L ) ;"
        );
        assert_eq!(kinds("['\\'', 'x', '\"'];"), "[ L , L , L ] ;");
        assert_eq!(
            kinds("fn f<'a>(x: &'a u8) {}"),
            "fn f < ' a > ( x : & ' a u8 ) { }"
        );
        assert_eq!(kinds("a /* b /* c */ d */ e /* f"), "a e");
        assert_eq!(kinds("#![x] #[y]"), "# ! [ x ] # [ y ]");
    }

    #[test]
    fn tokens_keep_their_lines() {
        let src = "a\n/* x\n y */ b\n\"s\ns\" c\nr#\"\n\"# d\n'e' f";
        let lines: Vec<(String, usize)> = tokens(src)
            .into_iter()
            .filter_map(|t| match t.tok {
                Tok::Ident(w) => Some((w, t.line)),
                _ => None,
            })
            .collect();
        let expected = [("a", 1), ("b", 3), ("c", 5), ("d", 7), ("f", 8)];
        let expected: Vec<(String, usize)> = expected
            .iter()
            .map(|(w, l)| ((*w).to_owned(), *l))
            .collect();
        assert_eq!(lines, expected);
    }

    #[test]
    fn raw_identifiers_are_not_keywords() {
        assert_eq!(
            idents("let r#unsafe = 1; r#fn"),
            ["let", "r#unsafe", "r#fn"]
        );
        assert_eq!(forbidden("let r#unsafe = 1;", "", false, &[]), None);
    }

    #[test]
    fn unsafe_code_is_found_with_its_line() {
        let found = forbidden("fn f() {\n    unsafe { g() }\n}", "", false, &[]).unwrap();
        assert_eq!(found.line, 2);
        assert!(found.what.contains("`unsafe`"));
        assert_eq!(
            forbidden("// unsafe\nlet s = \"unsafe\";", "", false, &[]),
            None
        );
    }

    #[test]
    fn the_harness_and_crate_attributes_are_found() {
        let found = forbidden("x\ny\ncrate::harness::reset();", "", false, &[]).unwrap();
        assert_eq!(found.line, 3);
        assert!(found.what.contains("harness"));
        let found = forbidden("#![allow(clippy::all)]\nfn f() {}", "", false, &[]).unwrap();
        assert_eq!(found.line, 1);
        assert!(found.what.contains("#![...]"));
        assert_eq!(
            forbidden("#[derive(Debug)]\nstruct S;", "", false, &[]),
            None
        );
    }

    #[test]
    fn lint_levels_count_only_in_strict_exercises() {
        let allow = "fn f() {\n    #[allow(clippy::cloned_instead_of_copied)]\n    let v = 1;\n}";
        assert_eq!(forbidden(allow, "", false, &[]), None);
        let found = forbidden(allow, "", true, &[]).unwrap();
        assert_eq!(found.line, 2);
        assert!(found.what.contains("`allow`"));
        for word in ["expect", "warn", "deny", "forbid", "cfg_attr"] {
            let src = format!("#[{word}(unused)]\nfn f() {{}}");
            assert!(forbidden(&src, "", true, &[]).is_some(), "{word}");
        }
        // `#` then `!` then `[`, and nothing shorter, is a crate attribute.
        assert!(forbidden("#![doc = \"x\"]", "", false, &[]).is_some());
        assert_eq!(forbidden("x #!", "", false, &[]), None);
        assert_eq!(forbidden("# [x] !", "", false, &[]), None);
        // A macro can build the attribute from an identifier: found too.
        assert!(forbidden("m!(allow);", "", true, &[]).is_some());
        // The methods named `expect` are not lint levels.
        let methods = "x.expect(\"m\"); Option::expect(y, \"m\");";
        assert_eq!(forbidden(methods, "", true, &[]), None);
    }

    #[test]
    fn the_macros_the_tests_use_are_found() {
        let tests = "assert_eq!(a, b); assert!(x); vec![1]; panic! {\"m\"}; a != b; x!y";
        assert_eq!(macros_used(tests), ["assert", "assert_eq", "panic", "vec"]);
        let used = macros_used(tests);
        let src = "fn f() {}\nmacro_rules! assert_eq {\n    ($($t:tt)*) => {};\n}";
        let found = forbidden(src, "", false, &used).unwrap();
        assert_eq!(found.line, 2);
        assert!(found.what.contains("`assert_eq!`"), "{}", found.what);
        // A helper macro of another name is fine, and so is one in a comment.
        assert_eq!(
            forbidden("macro_rules! twice { () => {} }", "", false, &used),
            None
        );
        assert_eq!(
            forbidden("// macro_rules! assert_eq {}", "", false, &used),
            None
        );
    }

    #[test]
    fn what_the_original_has_is_allowed() {
        let prefix = "#![allow(dead_code)]\nuse crate::harness;\n";
        assert_eq!(
            forbidden("#![allow(dead_code)]\nharness::x();", prefix, false, &[]),
            None
        );
        assert!(forbidden("unsafe {}", prefix, false, &[]).is_some());
    }
}
