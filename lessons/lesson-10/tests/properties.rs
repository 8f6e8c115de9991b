//! Each fix of lesson 10 against a plain model on a `BTreeMap`, and each
//! "checked" broken loop against its promise (refused, nothing changed).
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError, RwLock};

use lesson_10::{BONUS, mutex, refcell, rwlock};
use proptest::prelude::*;
use testkit::boards::{board, name, score};
use testkit::models::{bump_all, record, remove_zeros_bump_rest, sorted};

fn read(scores: &RwLock<HashMap<String, i32>>) -> HashMap<String, i32> {
    scores
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}

proptest! {
    #[test]
    fn every_fix_bumps_every_score(scores in board()) {
        let expected = bump_all(&sorted(&scores), BONUS);

        let cell = RefCell::new(scores.clone());
        refcell::award_bonus(&cell);
        prop_assert_eq!(&sorted(&cell.borrow()), &expected);
        let cell = RefCell::new(scores.clone());
        refcell::award_bonus_collect_first(&cell);
        prop_assert_eq!(&sorted(&cell.borrow()), &expected);

        let lock = RwLock::new(scores.clone());
        rwlock::award_bonus(&lock);
        prop_assert_eq!(&sorted(&read(&lock)), &expected);
        let lock = RwLock::new(scores.clone());
        rwlock::award_bonus_collect_first(&lock);
        prop_assert_eq!(&sorted(&read(&lock)), &expected);

        let lock = Mutex::new(scores);
        mutex::award_bonus(&lock);
        let bumped = lock.into_inner().unwrap_or_else(PoisonError::into_inner);
        prop_assert_eq!(&sorted(&bumped), &expected);
    }

    #[test]
    fn every_cleanup_removes_the_zeros_and_bumps_the_rest(scores in board()) {
        let (expected, _left) = remove_zeros_bump_rest(&sorted(&scores), BONUS);

        let cell = RefCell::new(scores.clone());
        refcell::cleanup_scores(&cell);
        prop_assert_eq!(&sorted(&cell.borrow()), &expected);

        let lock = RwLock::new(scores);
        rwlock::cleanup_scores(&lock);
        prop_assert_eq!(&sorted(&read(&lock)), &expected);
    }

    #[test]
    fn a_checked_broken_loop_refuses_exactly_when_the_board_has_a_player(scores in board()) {
        let cell = RefCell::new(scores.clone());
        let refused = refcell::award_bonus_inside_borrow_checked(&cell).is_err();
        prop_assert_eq!(refused, !scores.is_empty());
        prop_assert_eq!(&*cell.borrow(), &scores);

        let lock = RwLock::new(scores.clone());
        let refused = rwlock::award_bonus_inside_read_guard_checked(&lock).is_err();
        prop_assert_eq!(refused, !scores.is_empty());
        prop_assert_eq!(&read(&lock), &scores);
    }

    #[test]
    fn record_adds_points_or_a_newcomer(scores in board(), newcomer in name(), points in score()) {
        // A name from the board (if any) and a generated one, maybe new.
        let present = sorted(&scores).into_keys().next().unwrap_or_default();
        for player in [present, newcomer] {
            let mut expected = sorted(&scores);
            record(&mut expected, &player, points);
            let lock = RwLock::new(scores.clone());
            rwlock::record(&lock, &player, points);
            prop_assert_eq!(sorted(&read(&lock)), expected);
        }
    }
}
