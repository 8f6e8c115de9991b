//! Each function of lesson 01 against a plain model on a `BTreeMap`.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use lesson_01::{BONUS, BONUS_ENTRY_SCORE, add_bonus_entries, award_bonus, cleanup_scores};
use proptest::prelude::*;
use testkit::boards::board;
use testkit::models::{bump_all, remove_zeros_bump_rest, sorted};

proptest! {
    #[test]
    fn award_bonus_adds_the_bonus_to_every_score(mut scores in board()) {
        let expected = bump_all(&sorted(&scores), BONUS);
        award_bonus(&mut scores);
        prop_assert_eq!(sorted(&scores), expected);
    }

    #[test]
    fn cleanup_removes_exactly_the_zeros_and_bumps_the_rest(mut scores in board()) {
        let (expected, _zeros) = remove_zeros_bump_rest(&sorted(&scores), BONUS);
        cleanup_scores(&mut scores);
        prop_assert_eq!(sorted(&scores), expected);
    }

    #[test]
    fn bonus_entries_derive_from_the_keys_present_before(mut scores in board()) {
        let mut expected = sorted(&scores);
        for name in sorted(&scores).into_keys() {
            expected.insert(format!("{name}_bonus"), BONUS_ENTRY_SCORE);
        }
        add_bonus_entries(&mut scores);
        prop_assert_eq!(sorted(&scores), expected);
    }
}
