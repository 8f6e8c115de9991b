//! Each function of lesson 08 against a plain model on a `BTreeMap`.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use lesson_08::{BONUS, cleanup_scores, eliminate_below};
use proptest::prelude::*;
use testkit::boards::{board, score};
use testkit::models::{remove_zeros_bump_rest, sorted, split};

// Few properties, each checking several things on the same generated board:
// generating boards is most of the cost, and CI runs 10 000 cases of each.
proptest! {
    #[test]
    fn eliminate_below_splits_the_board_at_the_threshold(
        mut scores in board(),
        threshold in score(),
    ) {
        // `split` lists the removed entries in name order: the list the
        // function must return.
        let (kept, expected_out) = split(&sorted(&scores), |score| score < threshold);

        let eliminated = eliminate_below(&mut scores, threshold);
        prop_assert_eq!(eliminated, expected_out);
        prop_assert_eq!(sorted(&scores), kept);
    }

    #[test]
    fn cleanup_removes_exactly_the_zeros_bumps_the_rest_and_returns_the_zeros(
        mut scores in board(),
    ) {
        let (expected_kept, expected_removed) = remove_zeros_bump_rest(&sorted(&scores), BONUS);

        let removed = cleanup_scores(&mut scores);
        prop_assert_eq!(removed, expected_removed);
        prop_assert_eq!(sorted(&scores), expected_kept);
    }

    #[test]
    fn an_extract_if_dropped_after_n_items_removed_exactly_those(
        mut scores in board(),
        threshold in score(),
        steps in 0..8_usize,
    ) {
        let before = sorted(&scores);
        let taken: Vec<(String, i32)> =
            scores.extract_if(|_name, score| *score < threshold).take(steps).collect();

        let matching = before.values().filter(|&&score| score < threshold).count();
        prop_assert_eq!(taken.len(), steps.min(matching));
        // The map is the original minus exactly the entries taken, all of them
        // matches: the unvisited matches are still there.
        let mut expected = before;
        for (name, score) in &taken {
            prop_assert!(*score < threshold);
            prop_assert_eq!(expected.remove(name), Some(*score));
        }
        prop_assert_eq!(sorted(&scores), expected);
    }
}
