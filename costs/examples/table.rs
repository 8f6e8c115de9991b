//! Turns the output of `cargo bench -p costs` into the README's table.
//!
//! ```text
//! cargo bench -p costs 2>&1 | tee bench.txt
//! cargo run -p costs --example table < bench.txt
//! ```
//!
//! The table is made by `costs::results::table` (see its documentation for
//! what each column means), at 1 000 000 players unless a size is given as
//! the only argument. `costs/tests/quoted_figures.rs` checks that the
//! README's table is exactly what this prints for
//! `costs/results/bench-output.txt`.

use std::io::Read;

fn main() {
    let size: usize = std::env::args()
        .nth(1)
        .map_or(Ok(1_000_000), |arg| arg.parse())
        .expect("the only argument is a board size in players, e.g. 1000");
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("read the benchmark output from standard input");
    let measurements = costs::results::parse(&input);
    print!("{}", costs::results::table(&measurements, size));
}
