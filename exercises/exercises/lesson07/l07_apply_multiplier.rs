// Lesson 07, values_mut and iter_mut: implement `apply_multiplier`.
//
// Read: lessons/lesson-07/src/lib.rs
// Run:  cargo run -p lesson-07   (from the repository root)
//
// Double-points weekend: every score is multiplied by a factor. Only the
// values change, so no key is needed at all.
//
// Rules:
// - keep the function's signature;
// - no key vector: walk the values in place;
// - multiply with `saturating_mul`; a factor of 0 keeps every player (at 0).
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Multiplies every score by `factor`, saturating at both ends of the
/// `i32` range.
fn apply_multiplier(scores: &mut HashMap<String, i32>, factor: i32) {
    // TODO: `values_mut()` lends every value mutably, one after the other.
    todo!()
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries
            .iter()
            .map(|&(name, score)| (name.to_owned(), score))
            .collect()
    }

    #[test]
    fn every_score_is_multiplied() {
        let mut scores = board(&[("Alice", 10), ("Bob", -3), ("Ёжик", 0)]);
        apply_multiplier(&mut scores, 2);
        assert_eq!(scores, board(&[("Alice", 20), ("Bob", -6), ("Ёжик", 0)]));
    }

    #[test]
    fn saturates_at_both_ends() {
        let mut scores = board(&[("Zoë", i32::MAX / 2 + 1), ("字", i32::MIN / 2 - 1)]);
        apply_multiplier(&mut scores, 2);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("字", i32::MIN)]));
        let mut scores = board(&[("🦀", i32::MIN)]);
        apply_multiplier(&mut scores, -1);
        assert_eq!(scores, board(&[("🦀", i32::MAX)]));
    }

    #[test]
    fn a_factor_of_zero_keeps_every_player() {
        let mut scores = board(&[("Alice", 10), ("Bob", -3)]);
        apply_multiplier(&mut scores, 0);
        assert_eq!(scores, board(&[("Alice", 0), ("Bob", 0)]));
    }

    #[test]
    fn a_factor_of_one_changes_nothing() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN)]);
        apply_multiplier(&mut scores, 1);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("字", i32::MIN)]));
    }

    #[test]
    fn an_empty_board_stays_empty() {
        let mut scores = HashMap::new();
        apply_multiplier(&mut scores, 3);
        assert!(scores.is_empty());
    }
}
