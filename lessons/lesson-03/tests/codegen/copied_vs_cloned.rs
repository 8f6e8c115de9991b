// Compiled on its own by lessons/lesson-03/tests/codegen.rs (not part of any
// crate): does `copied()` generate different machine code from `cloned()`
// when the key is a `u64`?
//
//     rustc --edition 2024 --crate-type lib -C opt-level=3 --emit=asm \
//         -o copied_vs_cloned.s lessons/lesson-03/tests/codegen/copied_vs_cloned.rs
//
// Then compare the two functions in copied_vs_cloned.s.
use std::collections::HashMap;

/// Every player id, duplicated with `copied()`.
pub fn ids_copied(scores: &HashMap<u64, i32>) -> Vec<u64> {
    scores.keys().copied().collect()
}

/// Every player id, duplicated with `cloned()`: for a `Copy` type, `clone`
/// is a plain copy.
pub fn ids_cloned(scores: &HashMap<u64, i32>) -> Vec<u64> {
    scores.keys().cloned().collect()
}

/// A control that does a little more work per id: the test checks that its
/// code differs from `ids_copied`, so a comparison that could never see a
/// difference would fail.
pub fn ids_plus_one(scores: &HashMap<u64, i32>) -> Vec<u64> {
    scores.keys().map(|&id| id.wrapping_add(1)).collect()
}
