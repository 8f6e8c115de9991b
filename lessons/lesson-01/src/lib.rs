//! # Lesson 01: collect the keys first
//!
//! ## The problem
//!
//! A round of the game has ended and every player on the leaderboard earns a
//! bonus point. The obvious loop walks the map and bumps each score as it goes:
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! for (name, _score) in &scores {
//!     if let Some(score) = scores.get_mut(name) {
//!         *score += 1;
//!     }
//! }
//! ```
//!
//! `rustc` refuses it with E0502, and its message has **three** labels, each
//! worth reading (the case is pinned in `compile_fail/get_mut_inside_iter_loop.rs`):
//!
//! ```text
//! error[E0502]: cannot borrow `scores` as mutable because it is also borrowed as immutable
//!  --> compile_fail/get_mut_inside_iter_loop.rs:9:30
//!   |
//! 8 |     for (name, _score) in &scores {
//!   |                           -------
//!   |                           |
//!   |                           immutable borrow occurs here
//!   |                           immutable borrow later used here
//! 9 |         if let Some(score) = scores.get_mut(name) {
//!   |                              ^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
//! ```
//!
//! * *immutable borrow occurs here* is where the shared borrow **starts**: the
//!   loop's iterator over `&scores`;
//! * *immutable borrow later used here* is where it is still **needed**: the
//!   loop asks the iterator for the next entry at the top of every turn;
//! * *mutable borrow occurs here* is the write that falls between the two.
//!
//! Removing inside `for name in scores.keys()` fails the same way
//! (`compile_fail/remove_inside_keys_loop.rs`): there the first two labels
//! fall on the same expression, `scores.keys()`, because the iterator both
//! starts the borrow and is used again at the top of every turn.
//!
//! The fix belongs on the first or second label, not on the line the caret
//! `^^^` points at: the write is fine, it is the iterator's lifetime that is
//! too long. Lesson 00 shows why Rust cannot let the two overlap.
//!
//! ## The fix
//!
//! Copy the keys out of the map into a `Vec<String>` the function owns, let
//! the borrow end, then walk the vector and update the map by key
//! ([`award_bonus`]). `keys()` borrows the map only while `collect()` runs;
//! after it returns, nothing points into the map and `get_mut` is free to
//! borrow it mutably.
//!
//! ## Why `cloned()` is not optional
//!
//! Without `cloned()`, `collect()` builds a `Vec<&String>`: references into
//! the map. The vector then **is** the borrow, and it lives as long as the
//! loop that reads it. The compiler rejects it with the same E0502 (pinned in
//! `compile_fail/collect_key_references.rs`), and again the labels tell the
//! story: *immutable borrow occurs here* under `scores` in the `collect` line,
//! *immutable borrow later used here* under `keys` in the `for` line, and only
//! then the `get_mut` call. The source article says the error points at the
//! mutation line only; the compiler points at all three.
//!
//! ## Updating only some entries, removing others
//!
//! [`cleanup_scores`] removes players who scored nothing and bumps the rest.
//! Inside one turn of its loop it calls `get_mut` and, on one branch,
//! `remove`: two `&mut` uses of the map. It compiles because a borrow lasts
//! only until its last use (non-lexical lifetimes). On the zero branch
//! `score` is last read by the test `*score == 0`, so its borrow has ended
//! before `remove` takes a new one; on the other branch `remove` is never
//! called. Use `score` after the `remove` (bump it once the `if` is over,
//! say) and the two `&mut` borrows overlap: E0499, "cannot borrow `*scores`
//! as mutable more than once at a time", pinned in
//! `compile_fail/score_used_after_remove.rs`.
//!
//! `get_mut` is not "atomic", whatever the source article says: nothing here
//! is about threads. It is an ordinary lookup that returns an exclusive
//! reference, and the exclusivity comes from the borrow checker, not from the
//! hardware. It does save a second lookup compared with `contains_key` then
//! indexing, which is the honest reason to prefer it.
//!
//! ## Writing through an index does not compile
//!
//! `scores[&key]` reads a value (and panics if the key is missing), but
//! `scores[&key] += 1` is rejected with E0594: `HashMap` implements `Index`
//! and not `IndexMut`, so there is no way to write through `[]`. It is not a
//! matter of style, as the source article suggests: `get_mut`, `insert` or
//! the entry API are the only ways in. See `compile_fail/index_assign.rs`:
//! `rustc` even warns that `let mut scores` needs no `mut` there, because
//! nothing in that program can write to the map.
//!
//! ## Inserting while walking the keys
//!
//! [`add_bonus_entries`] inserts a new entry per player. With a live
//! iterator that would be the dangerous case (an insert may grow the table
//! under the iterator's feet); with a vector of keys the map may grow freely,
//! and the loop visits only the keys that were there before it started, so
//! the new entries are never themselves given a bonus entry.
//!
//! ## What it costs
//!
//! One `Vec` allocation plus one `String` allocation per key, all alive at
//! once, then a second hash lookup per key. For a few hundred players that
//! is nothing; for millions it doubles the memory the keys take for the
//! duration of the loop.
//!
//! ## When not to use it
//!
//! * To change every value and nothing else, `values_mut()` needs no key
//!   vector at all (lesson 07).
//! * To remove entries on a condition, `retain` does it in one pass (lesson 04).
//! * To update only some entries, filter before you collect (lesson 02).
//!
//! Collecting keys is the right tool when the loop must call `&mut self`
//! methods of the map itself: `remove`, `insert`, `entry`.
//!
//! ## Scores at the top of the range
//!
//! The source article writes `*score += 1`. At `i32::MAX` that panics in a
//! debug build and silently wraps to `i32::MIN` in a release build: a
//! champion would fall to the bottom of the board. This course adds with
//! `saturating_add` instead, so a score already at `i32::MAX` stays there.
#![forbid(unsafe_code)]

use std::collections::HashMap;

/// The points every player earns at the end of a round.
pub const BONUS: i32 = 1;

/// The score given to each derived `"<name>_bonus"` entry by [`add_bonus_entries`].
pub const BONUS_ENTRY_SCORE: i32 = 100;

/// Awards [`BONUS`] to every player, by collecting the keys first.
///
/// The keys are cloned into a `Vec<String>`, which ends the borrow of the
/// map before the loop mutates it. A score at `i32::MAX` stays at `i32::MAX`.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// lesson_01::award_bonus(&mut scores);
/// assert_eq!(scores["Alice"], 11);
/// assert_eq!(scores["Bob"], 21);
/// ```
pub fn award_bonus(scores: &mut HashMap<String, i32>) {
    // `keys()` borrows the map; the borrow ends when `collect()` returns,
    // because the vector holds owned copies, not references.
    let keys: Vec<String> = scores.keys().cloned().collect();
    for key in keys {
        if let Some(score) = scores.get_mut(&key) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// Removes every player whose score is zero and awards [`BONUS`] to the rest.
///
/// Negative scores are kept and bumped like positive ones: only an exact zero
/// means "did not play". A score at `i32::MAX` stays at `i32::MAX`.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("Alice"), 0),
///     (String::from("Bob"), 5),
///     (String::from("Charlie"), 10),
/// ]);
/// lesson_01::cleanup_scores(&mut scores);
/// assert!(!scores.contains_key("Alice"));
/// assert_eq!(scores["Bob"], 6);
/// assert_eq!(scores["Charlie"], 11);
/// ```
pub fn cleanup_scores(scores: &mut HashMap<String, i32>) {
    let keys: Vec<String> = scores.keys().cloned().collect();
    for key in keys {
        if let Some(score) = scores.get_mut(&key) {
            if *score == 0 {
                // `score` is not used after the test above, so its mutable
                // borrow has already ended: `remove` may borrow the map again.
                scores.remove(&key);
            } else {
                *score = score.saturating_add(BONUS);
            }
        }
    }
}

/// Inserts a `"<name>_bonus"` entry worth [`BONUS_ENTRY_SCORE`] for every
/// player who was on the board when the call started.
///
/// The loop walks a vector of the keys taken before it started, so the new
/// entries are not visited and get no bonus entry of their own. `insert`
/// replaces: if a player is literally named `"<name>_bonus"`, that score
/// becomes [`BONUS_ENTRY_SCORE`] (lesson 06 shows how to keep it instead).
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// lesson_01::add_bonus_entries(&mut scores);
/// assert_eq!(scores.len(), 2);
/// assert_eq!(scores["Alice_bonus"], 100);
/// ```
pub fn add_bonus_entries(scores: &mut HashMap<String, i32>) {
    let keys: Vec<String> = scores.keys().cloned().collect();
    for key in keys {
        scores.insert(format!("{key}_bonus"), BONUS_ENTRY_SCORE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    #[test]
    fn award_bonus_bumps_every_player_once() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
        award_bonus(&mut scores);
        assert_eq!(scores, board(&[("Alice", 11), ("Bob", 21)]));
    }

    #[test]
    fn award_bonus_on_an_empty_board_does_nothing() {
        let mut scores = HashMap::new();
        award_bonus(&mut scores);
        assert!(scores.is_empty());
    }

    #[test]
    fn award_bonus_saturates_at_i32_max() {
        let mut scores = board(&[("Zoë", i32::MAX), ("Min", i32::MIN)]);
        award_bonus(&mut scores);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("Min", i32::MIN + 1)]));
    }

    #[test]
    fn cleanup_scores_matches_the_articles_example() {
        let mut scores = board(&[("Alice", 0), ("Bob", 5), ("Charlie", 10)]);
        cleanup_scores(&mut scores);
        assert_eq!(scores, board(&[("Bob", 6), ("Charlie", 11)]));
    }

    #[test]
    fn cleanup_scores_keeps_negative_scores_and_saturates() {
        let mut scores = board(&[("Неудачник", -1), ("Zoë", i32::MAX), ("零", 0)]);
        cleanup_scores(&mut scores);
        assert_eq!(scores, board(&[("Неудачник", 0), ("Zoë", i32::MAX)]));
    }

    #[test]
    fn cleanup_scores_can_empty_the_board() {
        let mut scores = board(&[("a", 0), ("b", 0)]);
        cleanup_scores(&mut scores);
        assert!(scores.is_empty());
    }

    #[test]
    fn bonus_entries_are_added_once_per_original_player() {
        let mut scores = board(&[("Alice", 10), ("Émile", 3)]);
        add_bonus_entries(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Alice", 10),
                ("Alice_bonus", 100),
                ("Émile", 3),
                ("Émile_bonus", 100),
            ])
        );
    }

    #[test]
    fn bonus_entries_replace_a_player_already_named_like_one() {
        let mut scores = board(&[("Alice", 10), ("Alice_bonus", 7)]);
        add_bonus_entries(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Alice", 10),
                ("Alice_bonus", 100),
                ("Alice_bonus_bonus", 100),
            ])
        );
    }
}
