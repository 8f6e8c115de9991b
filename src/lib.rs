// The front page of the course's website. `build.rs` makes it from README.md
// (the sections marked `<!-- site:NAME -->`), the gallery in compile_fail/ and
// the header of every file in tests/; see build.rs for how.
#![doc = include_str!(concat!(env!("OUT_DIR"), "/front.md"))]
//!
//! ## This website
//!
//! These pages are the course's `cargo doc` output: this front page is the
//! root crate's documentation, and each chapter is the documentation of its
//! lesson crate (`lesson_00` … on the left, under "Crates"). Build them all and
//! open this page with:
//!
//! ```sh
//! cargo doc --workspace --no-deps
//! cargo doc --no-deps -p iterate-and-mutate --open
//! ```
//!
//! The second command only opens this page (with the same `RUSTDOCFLAGS` it
//! has nothing left to build). `cargo doc --workspace --no-deps --open` would
//! open the page of `costs`, the benchmark crate: `--open` opens the first
//! package by name among those it documents.
//!
//! Nothing here is written twice: the tables above are the README's, taken
//! from it when the site is built; every gallery case shows its file and its
//! pinned diagnostic as they are in `compile_fail/`; the Playground links are
//! made from the files they run. `tools/site-check` opens every page of the
//! course in headless Chromium and fails on a broken link, a JavaScript error
//! or a lesson missing from this page.
//!
//! ## What `tests/` holds
//!
//! The root package's only code makes this website. Its tests, in `tests/`,
//! check the course as a whole (each lesson's own tests live in its crate):
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/tests.md"))]
#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/pages.rs"));

#[doc(hidden)]
pub mod site;
