//! The leaderboard behind a [`Mutex`]: one guard at a time, even for reading.
//!
//! A `Mutex` has no shared mode: reading the board takes the same guard as
//! writing it, so a loop over the guard cannot even *read* the board through
//! the mutex again. Poisoning is handled as in [`crate::rwlock`].

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use crate::BONUS;

/// **Broken on purpose:** a loop over the guard that locks again inside.
/// It compiles, and on a board with a player it **never returns**.
///
/// Rust 1.95 documents [`Mutex::lock`] so: "The exact behavior on locking a
/// mutex in the thread which already holds the lock is left unspecified.
/// However, this function will not return on the second call (it might
/// panic or deadlock, for example)." On Linux it blocks, which
/// `tests/deadlocks.rs` checks in a child process. An empty board never
/// locks a second time, so it returns.
pub fn award_bonus_inside_lock(scores: &Mutex<HashMap<String, i32>>) {
    let board = scores.lock().unwrap_or_else(PoisonError::into_inner);
    for name in board.keys() {
        let mut again = scores.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(score) = again.get_mut(name) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// Awards [`BONUS`] to every player under **one** guard, through
/// `values_mut()`.
///
/// ```
/// use std::collections::HashMap;
/// use std::sync::Mutex;
///
/// let scores = Mutex::new(HashMap::from([(String::from("Alice"), i32::MAX)]));
/// lesson_10::mutex::award_bonus(&scores);
/// assert_eq!(scores.lock().unwrap()["Alice"], i32::MAX);
/// ```
///
/// It never returns if the calling thread already holds the guard.
pub fn award_bonus(scores: &Mutex<HashMap<String, i32>>) {
    let mut board = scores.lock().unwrap_or_else(PoisonError::into_inner);
    for score in board.values_mut() {
        *score = score.saturating_add(BONUS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_guard_bumps_everyone_and_is_released() {
        let scores = Mutex::new(HashMap::from([
            ("Alice".to_owned(), 10),
            ("Zoë".to_owned(), i32::MAX),
        ]));
        award_bonus(&scores);
        assert!(scores.try_lock().is_ok());
        let board = scores.into_inner().unwrap_or_else(PoisonError::into_inner);
        assert_eq!(board["Alice"], 11);
        assert_eq!(board["Zoë"], i32::MAX);
        assert_eq!(board.len(), 2);
    }

    #[test]
    fn try_lock_inside_the_guard_would_block() {
        let scores = Mutex::new(HashMap::from([("Alice".to_owned(), 10)]));
        let _board = scores.lock().unwrap_or_else(PoisonError::into_inner);
        let refused = scores.try_lock().expect_err("already locked");
        assert_eq!(
            refused.to_string(),
            "try_lock failed because the operation would block"
        );
    }

    #[test]
    fn an_empty_board_hides_the_bug() {
        let scores = Mutex::new(HashMap::new());
        award_bonus_inside_lock(&scores);
        assert!(scores.try_lock().is_ok_and(|board| board.is_empty()));
    }

    #[test]
    fn a_poisoned_mutex_is_recovered() {
        let scores = Mutex::new(HashMap::from([("Alice".to_owned(), 10)]));
        let crashed = std::thread::scope(|s| {
            s.spawn(|| {
                let _guard = scores.lock();
                panic!("a thread dies holding the guard");
            })
            .join()
        });
        assert!(crashed.is_err());
        award_bonus(&scores);
        let board = scores.into_inner().unwrap_or_else(PoisonError::into_inner);
        assert_eq!(board["Alice"], 11);
    }
}
