//! How the website is made: reading the repository ([`course`]), rewriting
//! its markdown for the website ([`markdown`]), and Rust Playground links
//! ([`playground`]).
//!
//! `build.rs` compiles these same files (with `#[path]`) to write the front
//! page and the pages at build time; the library exposes them, hidden from
//! its documentation, so that `tests/` can test them and `cargo mutants`
//! can mutate them.

pub mod course;
pub mod markdown;
pub mod playground;
