//! Lesson 00's instruments on random leaderboards from `testkit`.
//!
//! The model is a `BTreeMap` copy of the board taken before the guests came:
//! afterwards every original player must still be there with the same score,
//! and everything else must be a guest with `GUEST_SCORE`.
//!
//! (A missing player is checked inside the first property, on the same board.)
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use std::collections::{BTreeMap, HashMap};

use lesson_00::{
    GUEST_SCORE, Growth, fill_to_capacity, insert_until_capacity_changes, layout, value_address,
};
use proptest::prelude::*;
use proptest::sample::Index;
use testkit::boards::{board, name};
use testkit::models::sorted;

/// One of the board's players, chosen by `pick`, or `None` for an empty board.
fn player(scores: &HashMap<String, i32>, pick: &Index) -> Option<String> {
    let names: Vec<&String> = sorted_names(scores);
    (!names.is_empty()).then(|| names[pick.index(names.len())].clone())
}

fn sorted_names(scores: &HashMap<String, i32>) -> Vec<&String> {
    let mut names: Vec<&String> = scores.keys().collect();
    names.sort();
    names
}

/// Checks that `after` is `before` plus exactly `growth.inserted` guests.
fn only_guests_were_added(
    before: &BTreeMap<String, i32>,
    after: &HashMap<String, i32>,
    growth: &Growth,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(Some(after.len()), before.len().checked_add(growth.inserted));
    for (name, score) in before {
        prop_assert_eq!(after.get(name), Some(score), "player {:?} changed", name);
    }
    for (name, score) in after {
        if !before.contains_key(name) {
            prop_assert!(name.starts_with("guest "), "unexpected entry {:?}", name);
            prop_assert_eq!(*score, GUEST_SCORE);
        }
    }
    Ok(())
}

proptest! {
    /// On a freshly built board, the first capacity change is a reallocation:
    /// it happens exactly when one guest more than the capacity arrives, every
    /// score leaves the old block, and the watched score is moved (new
    /// address) but not changed.
    ///
    /// First, a player who is not on the board gives `None` and leaves the
    /// board exactly as it was. (Both checks share one board: generating
    /// boards is most of the cost of these properties.)
    #[test]
    fn a_resize_moves_the_watched_value_without_changing_it(
        mut scores in board(),
        pick in any::<Index>(),
        missing in name(),
    ) {
        if !scores.contains_key(&missing) {
            let before = sorted(&scores);
            let capacity = scores.capacity();
            prop_assert_eq!(value_address(&scores, &missing), None);
            prop_assert_eq!(insert_until_capacity_changes(&mut scores, &missing), None);
            prop_assert_eq!(fill_to_capacity(&mut scores, &missing), None);
            prop_assert_eq!(sorted(&scores), before);
            prop_assert_eq!(scores.capacity(), capacity);
        }
        let Some(watched) = player(&scores, &pick) else {
            prop_assert_eq!(insert_until_capacity_changes(&mut scores, "anyone"), None);
            return Ok(());
        };
        let before = sorted(&scores);
        let addresses_before: Vec<usize> = layout(&scores).into_iter().map(|(_, a)| a).collect();
        let growth = insert_until_capacity_changes(&mut scores, &watched).unwrap();
        prop_assert!(growth.capacity_after > growth.capacity_before);
        // A new block: no score lies where any score lived before.
        let lowest = addresses_before.iter().min().copied().unwrap();
        let highest = addresses_before.iter().max().copied().unwrap();
        for (name, address) in layout(&scores) {
            prop_assert!(!(lowest..=highest).contains(&address), "{:?} is in the old block", name);
        }
        prop_assert!(scores.len() <= growth.capacity_after);
        // Every guest up to the old capacity fits; the one after it does not.
        let room = growth.capacity_before.checked_sub(before.len()).unwrap();
        prop_assert_eq!(Some(growth.inserted), room.checked_add(1));
        prop_assert!(growth.value_moved);
        prop_assert_eq!(scores[&watched], before[&watched]);
        only_guests_were_added(&before, &scores, &growth)?;
    }

    /// Guests who fit within the capacity move nothing, even on a board that
    /// has had players removed first (which leaves reusable slots behind).
    #[test]
    fn inserting_within_capacity_never_moves_the_value(
        mut scores in board(),
        pick in any::<Index>(),
        removals in 0..48_usize,
    ) {
        let Some(watched) = player(&scores, &pick) else {
            prop_assert_eq!(fill_to_capacity(&mut scores, "anyone"), None);
            return Ok(());
        };
        let leaving: Vec<String> = sorted_names(&scores)
            .into_iter()
            .filter(|name| **name != watched)
            .take(removals)
            .cloned()
            .collect();
        for name in &leaving {
            scores.remove(name);
        }
        let before = sorted(&scores);
        let growth = fill_to_capacity(&mut scores, &watched).unwrap();
        prop_assert!(!growth.value_moved);
        prop_assert_eq!(scores.len(), growth.capacity_before);
        prop_assert!(growth.capacity_after >= growth.capacity_before);
        prop_assert_eq!(scores[&watched], before[&watched]);
        only_guests_were_added(&before, &scores, &growth)?;
    }
}
