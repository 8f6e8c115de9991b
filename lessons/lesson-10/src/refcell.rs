//! The leaderboard behind a [`RefCell`]: the borrow rule checked at run time.
//!
//! `borrow()` hands out a [`Ref`](std::cell::Ref) (a shared borrow) and
//! `borrow_mut()` a [`RefMut`](std::cell::RefMut) (an exclusive one); the
//! cell counts the live ones and refuses an exclusive borrow while any other
//! borrow is alive. The first three functions here break that rule, the
//! last three keep it.

use std::cell::{BorrowMutError, RefCell};
use std::collections::HashMap;

use crate::BONUS;

/// **Broken on purpose:** lesson 01's opening loop (E0502 there), moved behind a
/// `RefCell`. It compiles, and panics as soon as the board has a player.
///
/// The loop walks `scores.borrow().keys()`, so a `Ref` is alive for the
/// whole loop; the `borrow_mut()` inside asks for an exclusive borrow while
/// it is. The panic's location is that `borrow_mut()` call.
///
/// # Panics
///
/// With the message `RefCell already borrowed` (Rust 1.95's wording) when
/// the board is not empty. An empty board never enters the loop, so it
/// returns without panicking.
pub fn award_bonus_inside_borrow(scores: &RefCell<HashMap<String, i32>>) {
    for name in scores.borrow().keys() {
        if let Some(score) = scores.borrow_mut().get_mut(name) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// **Broken on purpose, but it says so:** the same loop as
/// [`award_bonus_inside_borrow`], asking with `try_borrow_mut()`, which
/// returns the refusal as a value instead of panicking.
///
/// # Errors
///
/// A [`BorrowMutError`] (displayed as `RefCell already borrowed`) as soon as
/// the board has a player: the first `try_borrow_mut()` fails, so no score
/// has changed. An empty board returns `Ok(())`.
pub fn award_bonus_inside_borrow_checked(
    scores: &RefCell<HashMap<String, i32>>,
) -> Result<(), BorrowMutError> {
    for name in scores.borrow().keys() {
        if let Some(score) = scores.try_borrow_mut()?.get_mut(name) {
            *score = score.saturating_add(BONUS);
        }
    }
    Ok(())
}

/// **Broken on purpose:** the keys *are* cloned into a `Vec`, but the
/// `borrow()` is written in the `for` header, and a temporary created there
/// lives until the end of the whole loop. The `Ref` outlives the `collect`,
/// and the `borrow_mut()` inside panics.
///
/// # Panics
///
/// With `RefCell already borrowed` when the board is not empty (an empty
/// board runs no turn, so no `borrow_mut()`).
pub fn award_bonus_collect_in_for_header(scores: &RefCell<HashMap<String, i32>>) {
    for name in scores.borrow().keys().cloned().collect::<Vec<String>>() {
        if let Some(score) = scores.borrow_mut().get_mut(&name) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// Awards [`BONUS`] to every player under **one** `borrow_mut()`: the fix
/// of lesson 07 (`values_mut`), behind a `RefCell`.
///
/// A score at `i32::MAX` stays there (`saturating_add`).
///
/// ```
/// use std::cell::RefCell;
/// use std::collections::HashMap;
///
/// let scores = RefCell::new(HashMap::from([(String::from("Alice"), 10)]));
/// lesson_10::refcell::award_bonus(&scores);
/// assert_eq!(scores.borrow()["Alice"], 11);
/// ```
///
/// # Panics
///
/// With `RefCell already borrowed` if the caller holds a `Ref` or `RefMut`
/// of `scores` when it calls this: the rule of this lesson, one level up.
pub fn award_bonus(scores: &RefCell<HashMap<String, i32>>) {
    for score in scores.borrow_mut().values_mut() {
        *score = score.saturating_add(BONUS);
    }
}

/// Awards [`BONUS`] to every player by collecting the names first, in a
/// `let` statement of their own: the `Ref` is a temporary of that statement
/// and is gone at its `;`, before the first `borrow_mut()`. Lesson 01's fix,
/// behind a `RefCell`.
///
/// Each turn takes its own short `borrow_mut()`; use this shape when the
/// loop calls code that borrows the cell itself.
///
/// # Panics
///
/// With `RefCell already borrowed` (or `RefCell already mutably borrowed`)
/// if the caller holds a borrow of `scores` when it calls this.
pub fn award_bonus_collect_first(scores: &RefCell<HashMap<String, i32>>) {
    let names: Vec<String> = scores.borrow().keys().cloned().collect();
    for name in names {
        if let Some(score) = scores.borrow_mut().get_mut(&name) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// The cleanup job (lesson 04) under one `borrow_mut()`: players on 0
/// leave, everyone else earns [`BONUS`] (saturating), in one `retain` pass.
///
/// # Panics
///
/// With `RefCell already borrowed` if the caller holds a borrow of `scores`.
pub fn cleanup_scores(scores: &RefCell<HashMap<String, i32>>) {
    scores.borrow_mut().retain(|_name, score| {
        if *score == 0 {
            return false;
        }
        *score = score.saturating_add(BONUS);
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> RefCell<HashMap<String, i32>> {
        RefCell::new(entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect())
    }

    #[test]
    #[should_panic(expected = "RefCell already borrowed")]
    fn borrow_mut_inside_a_borrow_loop_panics() {
        award_bonus_inside_borrow(&board(&[("Alice", 10)]));
    }

    #[test]
    #[should_panic(expected = "RefCell already borrowed")]
    fn a_borrow_in_the_for_header_lives_for_the_whole_loop() {
        award_bonus_collect_in_for_header(&board(&[("字", 1)]));
    }

    #[test]
    fn an_empty_board_hides_both_bugs() {
        let scores = board(&[]);
        award_bonus_inside_borrow(&scores);
        award_bonus_collect_in_for_header(&scores);
        assert!(award_bonus_inside_borrow_checked(&scores).is_ok());
        assert!(scores.borrow().is_empty());
    }

    #[test]
    fn try_borrow_mut_returns_the_refusal_and_changes_nothing() {
        let scores = board(&[("Alice", 10), ("Bob", 20)]);
        let refused = award_bonus_inside_borrow_checked(&scores).expect_err("refused");
        assert_eq!(refused.to_string(), "RefCell already borrowed");
        assert_eq!(format!("{refused:?}"), "BorrowMutError");
        assert_eq!(
            scores.into_inner(),
            board(&[("Alice", 10), ("Bob", 20)]).into_inner()
        );
    }

    #[test]
    fn the_fixes_bump_everyone_and_release_the_cell() {
        for (label, fix) in [
            (
                "award_bonus",
                award_bonus as fn(&RefCell<HashMap<String, i32>>),
            ),
            ("award_bonus_collect_first", award_bonus_collect_first),
        ] {
            let scores = board(&[("Alice", 10), ("Zoë", i32::MAX), ("Жанна", i32::MIN)]);
            fix(&scores);
            assert!(
                scores.try_borrow_mut().is_ok(),
                "{label} left a borrow alive"
            );
            assert_eq!(
                scores.into_inner(),
                board(&[("Alice", 11), ("Zoë", i32::MAX), ("Жанна", i32::MIN + 1)]).into_inner(),
                "{label}"
            );
        }
    }

    #[test]
    #[should_panic(expected = "RefCell already borrowed")]
    fn the_fix_panics_if_the_caller_still_holds_a_borrow() {
        let scores = board(&[("Alice", 10)]);
        let _reading = scores.borrow();
        award_bonus(&scores);
    }

    #[test]
    #[should_panic(expected = "RefCell already mutably borrowed")]
    fn collect_first_panics_if_the_caller_holds_a_borrow_mut() {
        let scores = board(&[("Alice", 10)]);
        let _writing = scores.borrow_mut();
        award_bonus_collect_first(&scores);
    }

    #[test]
    fn cleanup_removes_zeros_and_bumps_the_rest() {
        let scores = board(&[("Alice", 0), ("Bob", 5), ("Zoë", i32::MAX), ("Жанна", -1)]);
        cleanup_scores(&scores);
        assert_eq!(
            scores.into_inner(),
            board(&[("Bob", 6), ("Zoë", i32::MAX), ("Жанна", 0)]).into_inner()
        );
    }
}
