//! Each way of ending a round in lesson 05 against a plain model on a
//! `BTreeMap`: the standings are the board's entries in name order, and the
//! board is left empty.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use lesson_05::{end_round, end_round_with_take};
use proptest::prelude::*;
use testkit::boards::board;
use testkit::models::sorted_entries;

proptest! {
    /// The three ways to empty the board, on copies of the same board.
    #[test]
    fn every_way_to_end_a_round(scores in board()) {
        // The model: the board's entries in name order are the standings.
        let expected = sorted_entries(&scores);

        let mut drained = scores.clone();
        let capacity = drained.capacity();
        prop_assert_eq!(&end_round(&mut drained), &expected);
        prop_assert!(drained.is_empty());
        prop_assert_eq!(drained.capacity(), capacity);

        let mut taken = scores.clone();
        prop_assert_eq!(end_round_with_take(&mut taken), expected);
        prop_assert!(taken.is_empty());
        prop_assert_eq!(taken.capacity(), 0);

        let mut cleared = scores;
        let capacity = cleared.capacity();
        cleared.clear();
        prop_assert!(cleared.is_empty());
        prop_assert_eq!(cleared.capacity(), capacity);
    }

    /// Take only the first `taken` entries, then drop the `Drain`: what came
    /// out is part of the board, and the board is empty all the same.
    #[test]
    fn a_drain_dropped_early_still_empties_the_board(
        mut scores in board(),
        taken in 0..50_usize,
    ) {
        let original = scores.clone();
        let capacity = scores.capacity();
        let out: Vec<(String, i32)> = scores.drain().take(taken).collect();
        prop_assert_eq!(out.len(), taken.min(original.len()));
        for (name, score) in &out {
            prop_assert_eq!(original.get(name), Some(score));
        }
        prop_assert!(scores.is_empty());
        prop_assert_eq!(scores.capacity(), capacity);
    }
}
