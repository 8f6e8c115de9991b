//! The leaderboard behind an [`RwLock`]: the borrow rule enforced by a lock.
//!
//! `read()` hands out a read guard (shared access, like `&`), `write()` a
//! write guard (exclusive access, like `&mut`). A write waits until no
//! other guard is alive, including one held by the **same** thread: that
//! thread then waits for itself.
//!
//! A lock is *poisoned* when a thread panics while holding its write guard.
//! The board holds plain integers, with no invariant between entries that a
//! half-finished write could break, so the functions here take the guard
//! out of the [`PoisonError`] and carry on (a unit test poisons a lock).

use std::collections::HashMap;
use std::sync::{LockResult, PoisonError, RwLock, TryLockError};

use crate::BONUS;

/// The guard inside `result`, poisoned or not (see the module's docs).
fn recover<Guard>(result: LockResult<Guard>) -> Guard {
    result.unwrap_or_else(PoisonError::into_inner)
}

/// **Broken on purpose:** a loop over the read guard that takes the write
/// guard inside. It compiles, and on a board with a player it **never
/// returns**: the write waits for the read guard, which waits for the loop,
/// which waits for the write.
///
/// Rust 1.95's documentation of [`RwLock::write`] allows a panic instead
/// ("This function might panic when called if the lock is already held by
/// the current thread in read or write mode"); on Linux it blocks, which
/// `tests/deadlocks.rs` checks in a child process. Never call it outside a
/// child process you can kill. An empty board never takes the write guard,
/// so it returns.
pub fn award_bonus_inside_read_guard(scores: &RwLock<HashMap<String, i32>>) {
    let board = recover(scores.read());
    for name in board.keys() {
        if let Some(score) = recover(scores.write()).get_mut(name) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// **Broken on purpose, but it says so:** the loop of
/// [`award_bonus_inside_read_guard`] with `try_write()`, which returns
/// instead of waiting.
///
/// # Errors
///
/// [`TryLockError::WouldBlock`] as soon as the board has a player: the
/// first `try_write()` fails while the loop's read guard is alive, so no
/// score has changed. (`try_write` reports a poisoned lock only when it
/// could otherwise have been taken, which it never can here.) An empty
/// board returns `Ok(())`.
pub fn award_bonus_inside_read_guard_checked(
    scores: &RwLock<HashMap<String, i32>>,
) -> Result<(), TryLockError<()>> {
    let board = recover(scores.read());
    for name in board.keys() {
        let mut writing = scores.try_write().map_err(|refused| match refused {
            TryLockError::WouldBlock => TryLockError::WouldBlock,
            TryLockError::Poisoned(_) => TryLockError::Poisoned(PoisonError::new(())),
        })?;
        if let Some(score) = writing.get_mut(name) {
            *score = score.saturating_add(BONUS);
        }
    }
    Ok(())
}

/// Awards [`BONUS`] to every player under **one** write guard, through
/// `values_mut()`: lesson 07's fix, behind a lock. Other threads wait for
/// the whole job, and see the board before it or after it, never halfway.
///
/// ```
/// use std::collections::HashMap;
/// use std::sync::RwLock;
///
/// let scores = RwLock::new(HashMap::from([(String::from("Alice"), 10)]));
/// lesson_10::rwlock::award_bonus(&scores);
/// assert_eq!(scores.read().unwrap()["Alice"], 11);
/// ```
///
/// It blocks for ever if the calling thread already holds a guard of
/// `scores`: take no guard around a call to it.
pub fn award_bonus(scores: &RwLock<HashMap<String, i32>>) {
    for score in recover(scores.write()).values_mut() {
        *score = score.saturating_add(BONUS);
    }
}

/// The cleanup job (lesson 04) under one write guard: players on 0 leave,
/// everyone else earns [`BONUS`] (saturating), in one `retain` pass.
pub fn cleanup_scores(scores: &RwLock<HashMap<String, i32>>) {
    recover(scores.write()).retain(|_name, score| {
        if *score == 0 {
            return false;
        }
        *score = score.saturating_add(BONUS);
        true
    });
}

/// `player` scores `points` (saturating); a newcomer joins with `points`.
/// It takes the write guard itself, as the methods of a shared game object
/// do, so it must not be called while the same thread holds a guard.
pub fn record(scores: &RwLock<HashMap<String, i32>>, player: &str, points: i32) {
    recover(scores.write())
        .entry(player.to_owned())
        .and_modify(|score| *score = score.saturating_add(points))
        .or_insert(points);
}

/// Awards [`BONUS`] to every player through [`record`], which locks by
/// itself: the names are collected under a read guard that ends with the
/// block around it, **before** the first `record`. Lesson 01's fix, behind a
/// lock.
///
/// The lock is released between the two phases and again between players,
/// so other threads may change the board in between: the job is not all or
/// nothing. When it must be, use [`award_bonus`].
pub fn award_bonus_collect_first(scores: &RwLock<HashMap<String, i32>>) {
    let names: Vec<String> = {
        let board = recover(scores.read());
        board.keys().cloned().collect()
    };
    for name in names {
        record(scores, &name, BONUS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    #[test]
    fn try_write_inside_the_read_loop_would_block_and_changes_nothing() {
        let scores = RwLock::new(board(&[("Alice", 10), ("Bob", 20)]));
        let refused = award_bonus_inside_read_guard_checked(&scores).expect_err("refused");
        assert!(matches!(refused, TryLockError::WouldBlock), "{refused:?}");
        assert_eq!(
            refused.to_string(),
            "try_lock failed because the operation would block"
        );
        assert!(scores.try_write().is_ok(), "the read guard was released");
        assert_eq!(
            recover(scores.into_inner()),
            board(&[("Alice", 10), ("Bob", 20)])
        );
    }

    #[test]
    fn an_empty_board_hides_the_bug() {
        let scores = RwLock::new(HashMap::new());
        award_bonus_inside_read_guard(&scores);
        assert!(award_bonus_inside_read_guard_checked(&scores).is_ok());
        assert!(recover(scores.into_inner()).is_empty());
    }

    #[test]
    fn the_fixes_bump_everyone_and_release_the_lock() {
        for (label, fix) in [
            (
                "award_bonus",
                award_bonus as fn(&RwLock<HashMap<String, i32>>),
            ),
            ("award_bonus_collect_first", award_bonus_collect_first),
        ] {
            let scores = RwLock::new(board(&[("Alice", 10), ("Zoë", i32::MAX), ("字", -1)]));
            fix(&scores);
            assert!(scores.try_write().is_ok(), "{label} left a guard alive");
            assert_eq!(
                recover(scores.into_inner()),
                board(&[("Alice", 11), ("Zoë", i32::MAX), ("字", 0)]),
                "{label}"
            );
        }
    }

    #[test]
    fn record_updates_a_player_and_adds_a_newcomer() {
        let scores = RwLock::new(board(&[("Alice", i32::MAX), ("Bob", i32::MIN)]));
        record(&scores, "Alice", 5);
        record(&scores, "Bob", -5);
        record(&scores, "Cleo", -3);
        assert_eq!(
            recover(scores.into_inner()),
            board(&[("Alice", i32::MAX), ("Bob", i32::MIN), ("Cleo", -3)])
        );
    }

    #[test]
    fn cleanup_removes_zeros_and_bumps_the_rest() {
        let scores = RwLock::new(board(&[("Alice", 0), ("Bob", 5), ("Zoë", i32::MAX)]));
        cleanup_scores(&scores);
        assert_eq!(
            recover(scores.into_inner()),
            board(&[("Bob", 6), ("Zoë", i32::MAX)])
        );
    }

    #[test]
    fn a_poisoned_lock_is_recovered() {
        let scores = RwLock::new(board(&[("Alice", 0), ("Bob", 5)]));
        let crashed = std::thread::scope(|s| {
            s.spawn(|| {
                let _writing = scores.write();
                panic!("a thread dies holding the write guard");
            })
            .join()
        });
        assert!(crashed.is_err());
        assert!(scores.is_poisoned());
        award_bonus(&scores);
        cleanup_scores(&scores);
        award_bonus_collect_first(&scores);
        assert!(award_bonus_inside_read_guard_checked(&scores).is_err());
        assert_eq!(
            recover(scores.into_inner()),
            board(&[("Alice", 3), ("Bob", 8)])
        );
    }
}
