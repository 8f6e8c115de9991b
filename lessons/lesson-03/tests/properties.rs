//! Each function of lesson 03 against a plain model on a `BTreeMap`.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use lesson_03::{BONUS, award_bonus_by_id, player_ids, player_ids_cloned};
use proptest::prelude::*;
use testkit::boards::id_board;
use testkit::models::{bump_all, sorted};

fn sorted_ids(mut ids: Vec<u64>) -> Vec<u64> {
    ids.sort_unstable();
    ids
}

// Two properties, not three: generating large id boards dominates the run
// time, so each generated board is used for every check it can serve.
proptest! {
    #[test]
    fn copied_and_cloned_both_give_exactly_the_keys(scores in id_board()) {
        let expected: Vec<u64> = sorted(&scores).into_keys().collect();
        let copied = player_ids(&scores);
        // Same map, unchanged between the calls: same iteration order.
        prop_assert_eq!(&player_ids_cloned(&scores), &copied);
        prop_assert_eq!(sorted_ids(copied), expected);
    }

    #[test]
    fn award_bonus_by_id_adds_the_bonus_to_every_score(mut scores in id_board()) {
        let expected = bump_all(&sorted(&scores), BONUS);
        award_bonus_by_id(&mut scores);
        prop_assert_eq!(sorted(&scores), expected);
    }
}
