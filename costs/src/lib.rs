//! Shared fixtures for the `costs` benchmarks and allocation tests.
#![forbid(unsafe_code)]
