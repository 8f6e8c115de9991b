//! `cargo run -p lesson-10` prints exactly this story, identically on every
//! run (its lock cases block in child processes that it kills after 500 ms).

#[test]
fn story() {
    insta::assert_snapshot!(testkit::story(env!("CARGO_BIN_EXE_lesson-10")));
}
