// Compiled on its own by lessons/lesson-00/tests/noalias.rs (not part of any
// crate): does the compiler trust that a value behind `&` cannot change while
// a `&mut` is written through?
//
//     rustc --edition 2024 --crate-type lib -C opt-level=3 --emit=llvm-ir \
//         -o noalias.ll lessons/lesson-00/tests/codegen/noalias.rs
//
// Then compare the two functions in noalias.ll.
use std::cell::Cell;

/// Reads `*held`, writes through `writer`, reads `*held` again. A `&i32` and
/// a `&mut i32` that are alive together never point at the same value, so
/// the compiler may assume the write left `*held` alone.
#[inline(never)]
pub fn read_write_read(held: &i32, writer: &mut i32) -> i32 {
    let first = *held;
    *writer = 0;
    first.wrapping_add(*held)
}

/// The control: the same steps on `Cell`s, which may share one value, so the
/// write may change what `held` reads.
#[inline(never)]
pub fn read_write_read_cells(held: &Cell<i32>, writer: &Cell<i32>) -> i32 {
    let first = held.get();
    writer.set(0);
    first.wrapping_add(held.get())
}
