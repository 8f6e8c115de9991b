//! Each function of lesson 02 against a plain model on a `BTreeMap`.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use lesson_02::{
    BONUS, VIP_PREFIX, award_bonus_with_prefix, award_bonus_with_prefix_collect_all,
    award_vip_bonus, keys_with_prefix,
};
use proptest::prelude::*;
use testkit::boards::board;
use testkit::models::{bump_prefixed, sorted};

/// Prefixes worth trying: the VIP one, the empty one, near misses, and short
/// random ones (ASCII and not) that sometimes match a generated name.
fn prefix() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(VIP_PREFIX.to_owned()),
        1 => Just(String::new()),
        1 => Just(String::from("vip_")),
        1 => Just(String::from("VIP")),
        3 => "[a-zA-Z0-9éЖ字😀_]{1,3}",
    ]
}

// Two properties, not four: generating large boards dominates the run time,
// so each generated board and prefix serve every check they can.
proptest! {
    #[test]
    fn every_strategy_matches_the_model(scores in board(), prefix in prefix()) {
        let expected_keys: Vec<String> = sorted(&scores)
            .into_keys()
            .filter(|name| name.starts_with(&prefix))
            .collect();
        let expected = bump_prefixed(&sorted(&scores), &prefix, BONUS);

        prop_assert_eq!(keys_with_prefix(&scores, &prefix), expected_keys);

        let mut collect_all = scores.clone();
        award_bonus_with_prefix_collect_all(&mut collect_all, &prefix);
        prop_assert_eq!(&sorted(&collect_all), &expected);

        let mut filter_first = scores;
        award_bonus_with_prefix(&mut filter_first, &prefix);
        prop_assert_eq!(sorted(&filter_first), expected);
    }

    #[test]
    fn award_vip_bonus_bumps_exactly_the_vips(mut scores in board()) {
        let expected = bump_prefixed(&sorted(&scores), "VIP_", BONUS);
        award_vip_bonus(&mut scores);
        prop_assert_eq!(sorted(&scores), expected);
    }
}
