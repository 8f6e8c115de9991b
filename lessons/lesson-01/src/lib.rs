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
//! Writing the loop as `for (name, _score) in scores.iter()` changes nothing:
//! `for` over `&scores` calls `scores.iter()` for you, and the pinned
//! diagnostic of `compile_fail/get_mut_inside_explicit_iter_loop.rs` is the
//! same E0502 with the same two labels under `scores.iter()`.
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
//! `compile_fail/score_used_after_remove.rs`. Its three labels follow the
//! same pattern as E0502's: *first mutable borrow occurs here* under
//! `scores` in the `get_mut` line, *second mutable borrow occurs here* under
//! `scores` in the `remove` line, and *first borrow later used here* under
//! the `*score += 1` that comes after the `if`. Move that last use, and the
//! error goes with it.
//!
//! `get_mut` is not "atomic", whatever the source article says: nothing here
//! is about threads. It is an ordinary lookup that returns an exclusive
//! reference, and the exclusivity comes from the borrow checker, not from the
//! hardware. The honest reason to prefer it is that it finds the entry once:
//! reading the score with `scores[&key]` and writing the new one back with
//! `insert` hashes the key twice, `get_mut` once (a unit test counts the
//! hashes).
//!
//! ## Writing through an index does not compile
//!
//! `scores[&key]` reads a value (and panics if the key is missing), but
//! `scores[&key] += 1` is rejected: `HashMap` implements `Index` and not
//! `IndexMut`, so there is no way to write through `[]`. It is not a matter
//! of style, as the source article suggests. The pinned output
//! (`compile_fail/index_assign.rs`) says so in full: E0594, "cannot assign to
//! data in an index of `HashMap<String, i32>`", the label *cannot assign*
//! under `scores[&key] += 1`, and two help lines, "trait `IndexMut` is
//! required to modify indexed content, but it is not implemented for
//! `HashMap<String, i32>`" and "to modify a `HashMap<String, i32>`, use
//! `.get_mut()`, `.insert()` or the entry API". Before the error, `rustc`
//! even warns "variable does not need to be mutable" about `let mut scores`:
//! nothing left in that program can write to the map. (To change every
//! value, `values_mut()` is a further way in; lesson 07.)
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
//! * **Copies of the keys.** One allocation for the `Vec`, and one for each
//!   cloned `String` (only the empty name `""`, having no bytes, needs
//!   none). They are all alive at once, next to the map's own keys: while
//!   the loop runs, every name is stored twice, and the copy weighs more
//!   than the names themselves, since each one also needs a 24-byte
//!   `String` header in the vector.
//! * **A lookup per key.** Walking `keys()` hashes nothing, but each
//!   `get_mut(&key)` hashes the name to find its entry again: one hash per
//!   player in [`award_bonus`], plus one per removed player in
//!   [`cleanup_scores`] (the unit tests count them with a counting hasher).
//!
//! The `costs` crate measured both (see `costs/` and the table in
//! `README.md#what-it-costs`; the ratios are what travels between machines,
//! so those are what this lesson quotes):
//!
//! * On a board of 1 000 000 players, [`award_bonus`] made 1 000 001
//!   allocations, 37.4 MB in all: the 24 MB vector of `String` headers plus
//!   13.4 MB of copied names, almost three times the bytes of the names it
//!   copies. Lesson 07's `values_mut()` loop made none, and [`award_bonus`]
//!   took 78x its time (25x at 1 000 players).
//! * For the remove-and-bump job, [`cleanup_scores`] took 19x the time of
//!   lesson 04's `retain` at 1 000 000 players (14x at 1 000), with the same
//!   1 000 001 allocations against none.
//!
//! The allocation counts are exact and checked in `cargo test` by
//! `costs/tests/allocations.rs` (`collecting_keys_allocates_a_vector_and_every_key`);
//! the times come from `costs/benches/bump_every_score.rs` and
//! `costs/benches/remove_zeros_bump_rest.rs`, recorded in
//! `costs/results/bench-output.txt`. The gap widens as the board grows (25x,
//! then 78x), and the allocations grow with it exactly: one per player, plus
//! the vector.
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
//! (Both behaviours of `+=` are shown by this crate's unit tests.)
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
    use testkit::hashing::{CountingState, counting_map};

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    /// The article's `*score += 1` at `i32::MAX`, in a debug build (tests are
    /// built with overflow checks on): a panic, not a score.
    #[test]
    #[cfg_attr(not(debug_assertions), ignore = "overflow checks are off")]
    #[should_panic(expected = "attempt to add with overflow")]
    #[allow(clippy::arithmetic_side_effects)] // the unchecked `+=` is the point
    fn the_articles_plus_equals_panics_at_i32_max_in_a_debug_build() {
        let mut score = std::hint::black_box(i32::MAX);
        score += 1;
        std::hint::black_box(score);
    }

    /// What the same `+=` does in a release build, where overflow checks are
    /// off: it wraps, and the champion falls to the bottom of the board.
    #[test]
    fn the_articles_plus_equals_wraps_to_i32_min_without_overflow_checks() {
        assert_eq!(i32::MAX.wrapping_add(BONUS), i32::MIN);
        assert_eq!(i32::MAX.saturating_add(BONUS), i32::MAX);
    }

    /// A board whose hasher counts every key it hashes (one per lookup,
    /// insert or remove; `testkit::hashing`), the counter at zero. Room for
    /// eight players, so no test below makes it grow and rehash.
    fn counted_board(entries: &[(&str, i32)]) -> HashMap<String, i32, CountingState> {
        counting_map(
            8,
            entries
                .iter()
                .map(|&(name, score)| (name.to_owned(), score)),
        )
    }

    /// The loop of [`cleanup_scores`], on a board that counts its hashes:
    /// collecting the keys hashes nothing, each `get_mut` hashes one key, and
    /// each `remove` one more.
    #[test]
    fn collecting_then_updating_hashes_each_key_once_plus_once_per_removal() {
        let mut scores = counted_board(&[("Alice", 0), ("Bob", 5), ("Ж", 0), ("字", 9)]);
        let keys: Vec<String> = scores.keys().cloned().collect();
        assert_eq!(scores.hasher().hashes(), 0, "keys() hashes nothing");
        for key in keys {
            if let Some(score) = scores.get_mut(&key) {
                if *score == 0 {
                    scores.remove(&key);
                } else {
                    *score = score.saturating_add(BONUS);
                }
            }
        }
        // 4 lookups, 2 removals.
        assert_eq!(scores.hasher().hashes(), 6);
        assert_eq!(scores.len(), 2);
    }

    /// `get_mut` finds the entry once; reading and writing back finds it twice.
    #[test]
    fn get_mut_hashes_once_where_read_then_insert_hashes_twice() {
        let mut scores = counted_board(&[("Alice", 10)]);
        if let Some(score) = scores.get_mut("Alice") {
            *score = score.saturating_add(BONUS);
        }
        assert_eq!(scores.hasher().hashes(), 1);

        let mut scores = counted_board(&[("Alice", 10)]);
        let new = scores["Alice"].saturating_add(BONUS);
        scores.insert(String::from("Alice"), new);
        assert_eq!(scores.hasher().hashes(), 2);
        assert_eq!(scores["Alice"], 11);
    }

    #[test]
    fn cloning_a_name_copies_its_bytes_except_the_empty_one() {
        let scores = board(&[("Alice", 1), ("", 2)]);
        let keys: Vec<String> = scores.keys().cloned().collect();
        for key in &keys {
            let (in_map, _) = scores.get_key_value(key).expect("collected from the map");
            if key.is_empty() {
                // Nothing to copy: an empty `String` has capacity 0, which
                // means it owns no heap buffer at all.
                assert_eq!(key.capacity(), 0);
            } else {
                assert_ne!(
                    in_map.as_ptr(),
                    key.as_ptr(),
                    "{key} shares the map's buffer"
                );
            }
        }
    }

    #[test]
    fn award_bonus_with_one_player_and_non_ascii_names() {
        let mut scores = board(&[("字", 0)]);
        award_bonus(&mut scores);
        assert_eq!(scores, board(&[("字", 1)]));
        let mut scores = board(&[("Жанна", -1), ("😀", 7), ("é", i32::MAX)]);
        award_bonus(&mut scores);
        assert_eq!(scores, board(&[("Жанна", 0), ("😀", 8), ("é", i32::MAX)]));
    }

    #[test]
    fn cleanup_scores_and_bonus_entries_on_an_empty_board() {
        let mut scores = HashMap::new();
        cleanup_scores(&mut scores);
        assert!(scores.is_empty());
        add_bonus_entries(&mut scores);
        assert!(scores.is_empty());
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
