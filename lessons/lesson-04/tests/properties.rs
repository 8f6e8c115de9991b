//! Each function of lesson 04 against a plain model on a `BTreeMap`.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use lesson_04::{BONUS, cleanup_scores, remove_scores_below};
use proptest::prelude::*;
use testkit::boards::{board, score};
use testkit::models::{remove_zeros_bump_rest, sorted, split};

proptest! {
    /// The job of lesson 01's `cleanup_scores`: the zeros gone, every other
    /// score plus one, saturating. `retain` must do exactly that.
    #[test]
    fn cleanup_removes_exactly_the_zeros_and_bumps_the_rest(mut scores in board()) {
        let (expected, _zeros) = remove_zeros_bump_rest(&sorted(&scores), BONUS);
        let capacity = scores.capacity();
        cleanup_scores(&mut scores);
        prop_assert_eq!(sorted(&scores), expected);
        // `retain` never reallocates: `capacity()` cannot go up.
        prop_assert!(scores.capacity() <= capacity);
    }

    /// `score()` often yields `i32::MIN` (nobody removed) and `i32::MAX`
    /// (only `i32::MAX` kept) as the threshold; the unit tests pin both.
    #[test]
    fn remove_below_keeps_exactly_the_scores_at_or_above(
        mut scores in board(),
        threshold in score(),
    ) {
        let (expected, _below) = split(&sorted(&scores), |score| score < threshold);
        let capacity = scores.capacity();
        remove_scores_below(&mut scores, threshold);
        prop_assert_eq!(sorted(&scores), expected);
        // `retain` never reallocates: `capacity()` cannot go up.
        prop_assert!(scores.capacity() <= capacity);
    }
}
