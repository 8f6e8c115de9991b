//! Each function of lesson 07 against a plain model on a `BTreeMap`.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use lesson_07::{BONUS, award_bonus, award_bonus_iter_mut, award_bonus_with_prefix};
use proptest::prelude::*;
use testkit::boards::{board, name};
use testkit::models::{bump_all, bump_prefixed, sorted};

/// Prefixes that matter: the course's `VIP_` and its near misses, the empty
/// prefix, non-ASCII ones, and arbitrary names (which may equal a whole key).
fn prefix() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just("VIP_".to_owned()),
        1 => Just("vip_".to_owned()),
        1 => Just("VIP".to_owned()),
        1 => Just(String::new()),
        1 => Just("Ж".to_owned()),
        1 => Just("😀".to_owned()),
        2 => name(),
    ]
}

// Two properties, each checking several functions on the same generated board:
// generating boards is most of the cost, and CI runs 10 000 cases of each.
proptest! {
    #[test]
    fn every_way_to_bump_everyone_adds_the_bonus_to_every_score(scores in board()) {
        let expected = bump_all(&sorted(&scores), BONUS);

        let mut by_values_mut = scores.clone();
        award_bonus(&mut by_values_mut);
        prop_assert_eq!(&sorted(&by_values_mut), &expected);

        let mut by_iter_mut = scores.clone();
        award_bonus_iter_mut(&mut by_iter_mut);
        prop_assert_eq!(&sorted(&by_iter_mut), &expected);

        let mut by_empty_prefix = scores;
        award_bonus_with_prefix(&mut by_empty_prefix, "");
        prop_assert_eq!(&sorted(&by_empty_prefix), &expected);
    }

    #[test]
    fn award_bonus_with_prefix_bumps_exactly_the_matching_names(
        scores in board(),
        prefix in prefix(),
    ) {
        let mut bumped = scores.clone();
        award_bonus_with_prefix(&mut bumped, &prefix);
        prop_assert_eq!(sorted(&bumped), bump_prefixed(&sorted(&scores), &prefix, BONUS));

        // Also with a name that is on the board (if any), so the prefix surely
        // matches at least that player, and any longer name it begins.
        let present = sorted(&scores).into_keys().next().unwrap_or_default();
        let mut bumped = scores.clone();
        award_bonus_with_prefix(&mut bumped, &present);
        prop_assert_eq!(sorted(&bumped), bump_prefixed(&sorted(&scores), &present, BONUS));
    }
}
