//! `cargo run -p lesson-11` prints exactly this story, identically on every run.

#[test]
fn story() {
    insta::assert_snapshot!(testkit::story(env!("CARGO_BIN_EXE_lesson-11")));
}
