//! The root package of the course. It holds no code of its own: its tests run
//! the compile-fail gallery in `compile_fail/` (see `tests/compile_fail.rs`).
//! The lessons are the crates under `lessons/`.
#![forbid(unsafe_code)]
