//! # Lesson 08: `extract_if`, remove on a condition and keep what you removed
//!
//! > **You will be able to:** remove the entries that match a condition and
//! > get them back, in one pass, with `extract_if`; make sure every match is
//! > removed by running the lazy iterator to the end; read the E0502 you get
//! > when you touch the map while that iterator is alive.
//! >
//! > **The one idea:** `extract_if` is a lazy iterator that holds the map's
//! > `&mut` borrow: each entry it reaches and your predicate accepts is moved
//! > out to you, and the entries it never reaches are left alone.
//!
//! ## The problem
//!
//! The qualifying round is over. Every player below the cut leaves the
//! board, but the game still needs them: the eliminated players are listed
//! on the results screen and go into the history.
//!
//! `retain` (lesson 04) removes entries on a condition in one pass, but it
//! **drops** what it removes. `drain` (lesson 05) hands entries to you, but
//! all of them. Collecting the keys first (lesson 01) works: clone the
//! failing names into a vector, then `remove` each one, which returns the
//! score. That is two passes, a clone per eliminated name, and a second hash
//! lookup per name.
//!
//! ## The fix
//!
//! `HashMap::extract_if` (stable since Rust 1.88) takes a predicate and
//! returns an iterator. Each entry for which the predicate returns `true` is
//! removed from the map and **yielded to you**, as an owned `(String, i32)`;
//! the others stay. One pass, no key vector, no lookup, no clone:
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! That is [`eliminate_below`]. The predicate receives the key as `&String`
//! and the value as `&mut i32`, the same gift `retain` gives: it may
//! **change** the entries it keeps. [`cleanup_scores`] does lesson 01's
//! whole cleanup job (remove the players who scored zero, bump everyone
//! else) in one pass, and also returns the players it removed.
//!
//! ## Why it works
//!
//! `extract_if` takes `&mut self`, and the iterator it returns holds that
//! exclusive borrow for as long as it is in use. Removing entries while
//! walking a table is exactly what the borrow checker stops *you* from doing
//! with `remove` inside a loop ([`compile_fail/remove_inside_keys_loop.rs`](../iterate_and_mutate/index.html#remove_inside_keys_loop),
//! lesson 01). Here the iterator itself walks and removes: the one piece of
//! code that knows where it is in the table is the one changing it. Your code
//! only gets the predicate and the removed entries, never the table.
//!
//! The flip side: while the iterator is alive, **nothing else may touch the
//! map**, not even to read it. This is [`compile_fail/use_map_while_extract_if.rs`](../iterate_and_mutate/index.html#use_map_while_extract_if):
//!
#![doc = concat!("```compile_fail,E0502\n", include_str!("../../../compile_fail/use_map_while_extract_if.rs"), "```")]
//!
//! rustc 1.95 rejects it with E0502 (the pinned
//! `compile_fail/use_map_while_extract_if.stderr`):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/use_map_while_extract_if.stderr"), "```")]
//!
//! The three labels, in the order the borrow lives through them:
//!
//! * *mutable borrow occurs here*, under `scores` in the `extract_if` call:
//!   the iterator's exclusive borrow **starts**;
//! * *mutable borrow later used here*, under `eliminated` in the last
//!   `next()`: the iterator is still **needed**, so the borrow is alive until
//!   that line;
//! * *immutable borrow occurs here*, under the caret: the read of
//!   `scores.len()` that falls between the two.
//!
//! Delete the second `next()` and the program compiles: the iterator is not
//! used after the first `next()`, so its borrow ends there. What the map then
//! contains is the subject of the next section.
//!
//! ## The iterator is lazy
//!
//! `extract_if` removes nothing when you call it. It removes an entry when
//! the iterator, being advanced, reaches it and the predicate says `true`.
//! If the iterator is dropped before the end (you took only the first match,
//! a `for` loop hit `break`, a `take(n)` or `find` stopped early), the
//! entries it has not reached **stay in the map**, matching or not, and the
//! predicate is never called on them:
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> = HashMap::from([
//!     (String::from("Alice"), 3),
//!     (String::from("Bob"), 4),
//!     (String::from("Charlie"), 20),
//! ]);
//! let mut eliminated = scores.extract_if(|_name, score| *score < 10);
//! let first = eliminated.next(); // Alice or Bob: hash order decides
//! // `eliminated` is not used again, so its borrow is over here.
//! assert!(first.is_some());
//! assert_eq!(scores.len(), 2); // one of the two players below 10 is still there
//! ```
//!
//! Calling it and ignoring the result removes nothing at all
//! (`tests/rustc/unused_extract_if.rs`):
//!
#![doc = concat!("```rust\n", include_str!("../tests/rustc/unused_extract_if.rs"), "```")]
//!
//! The iterator type is `#[must_use]`, so rustc 1.95 warns
//! (`tests/diagnostics.rs` compiles the example and compares the output with
//! this pinned copy):
//!
#![doc = concat!("```text\n", include_str!("../tests/rustc/unused_extract_if.stderr"), "```")]
//!
//! Take the note's advice, not the help's. Following the help, "use `let _ =
//! ...` to ignore the resulting value", silences the warning
//! (`tests/diagnostics.rs` checks that rustc then says nothing) and still
//! removes nothing
//! (`tests/rustc/let_underscore_extract_if.rs`, and a unit test):
//!
#![doc = concat!("```rust\n", include_str!("../tests/rustc/let_underscore_extract_if.rs"), "```")]
//!
//! The fix is to consume the iterator (`collect()`, a `for` loop to the end),
//! or, if you do not want the removed entries, to call `retain` instead. This
//! course denies the `unused_must_use` lint, which turns the warning into an
//! error:
//!
//! ```compile_fail
//! #![deny(unused_must_use)]
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 3)]);
//! scores.extract_if(|_name, score| *score < 10); // removes nothing
//! ```
//!
//! `drain` behaves the other way round: it empties the map even if you drop
//! its iterator early (tests below check both). So with `extract_if`, to
//! remove **every** matching entry, run the iterator to the end.
//! [`cleanup_scores`] depends on it twice over: its bumps happen inside the
//! predicate, so an unfinished iterator would also leave some players
//! without their bonus.
//!
//! ## What it costs
//!
//! One pass over the table, the predicate called once per entry (a unit test
//! counts the calls), and the `Vec` you collect the removed entries into.
//! That vector is the only allocation, and it is not sized in advance:
//! `extract_if` cannot know how many entries will match, so the vector grows
//! as matches arrive, a few reallocations in all (about `log2(k)` for `k`
//! removed players), never one per entry. The names are moved, not cloned.
//! `costs/tests/allocations.rs` (`extract_if_allocates_only_the_returned_vector`)
//! counts [`cleanup_scores`] exactly: the same blocks and bytes as growing a
//! vector to `k` entries, nothing more. Sorting the list for display costs
//! `O(k log k)` comparisons, and is included in the times below.
//!
//! Timed by `costs/benches/remove_zeros_bump_rest.rs` (table in
//! `README.md#what-it-costs`), [`cleanup_scores`] took
//! 1.2x<!-- ratio: remove_zeros_bump_rest/extract_if/1000000 over remove_zeros_bump_rest/retain/1000000 -->
//! the time of lesson 04's `retain` at 1 000 000 players
//! (1.8x<!-- ratio: remove_zeros_bump_rest/extract_if/1000 over remove_zeros_bump_rest/retain/1000 -->
//! at 1 000), for handing the removed players back in a sorted vector.
//! Lesson 01's collect-the-keys version took
//! 19x<!-- ratio: remove_zeros_bump_rest/collect_keys/1000000 over remove_zeros_bump_rest/retain/1000000 -->
//! the time of `retain`. Nothing is looked up: `extract_if` removes each
//! entry where it finds it, where collecting the names and calling `remove`
//! hashes each removed name once more (a unit test counts the hashes: zero
//! against one per removed player).
//!
//! ## When not to use it
//!
//! * If you do not need the removed entries, `retain` (lesson 04) says so
//!   more plainly, and cannot be left half done.
//! * To move **every** entry out and keep the map's table, `drain`
//!   (lesson 05).
//! * To change values without removing anything, `values_mut` or `iter_mut`
//!   (lesson 07).
//! * On a Rust older than 1.88, `HashMap` has no `extract_if`: collect the
//!   failing keys, then `remove` each one (lesson 01), which returns its
//!   value.
//!
//! ## Scores and thresholds at the ends of the range
//!
//! [`eliminate_below`] compares with `<`, so it needs no arithmetic: a
//! threshold of `i32::MIN` eliminates nobody, and a threshold of `i32::MAX`
//! eliminates everyone except the players at exactly `i32::MAX`.
//! [`cleanup_scores`] adds with `saturating_add`: a score at `i32::MAX` stays
//! at `i32::MAX`, where `*score += 1` would panic in a debug build and wrap to
//! `i32::MIN` in a release build.
//!
//! ## Exercises
//!
//! Practise with rustlings in `exercises/` (`cd exercises && rustlings`):
//!
//! * `exercises/exercises/lesson08/l08_clearance.rs`
//! * `exercises/exercises/lesson08/l08_evict_expired.rs`
//!
//! Then the quizzes, each a job with its rules and no word about the tool:
//! `exercises/exercises/quizzes/quiz3_shop_day.rs` (lessons 06 to 08) and
//! `exercises/exercises/quizzes/quiz4_session_tick.rs` (lessons 00 to 08).
//!
//! ---
//!
//! [← Lesson 07: change the values in place with `values_mut` and `iter_mut`](../lesson_07/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 09: closures and pairs →](../lesson_09/index.html)
#![forbid(unsafe_code)]

use std::collections::HashMap;

/// The points every player who stays on the board earns in [`cleanup_scores`].
pub const BONUS: i32 = 1;

/// Removes every player whose score is below `threshold` and returns them,
/// sorted by name.
///
/// The kept players are not changed. A threshold of `i32::MIN` removes
/// nobody; a threshold of `i32::MAX` removes everyone whose score is not
/// `i32::MAX`. No arithmetic, so nothing can overflow.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("Alice"), 10),
///     (String::from("Bob"), 20),
///     (String::from("Dmitri"), 4),
/// ]);
/// let eliminated = lesson_08::eliminate_below(&mut scores, 15);
/// assert_eq!(eliminated, [(String::from("Alice"), 10), (String::from("Dmitri"), 4)]);
/// assert_eq!(scores.len(), 1);
/// assert_eq!(scores["Bob"], 20);
/// ```
pub fn eliminate_below(scores: &mut HashMap<String, i32>, threshold: i32) -> Vec<(String, i32)> {
    // `collect` runs the lazy iterator to the end: every match is removed.
    let mut eliminated: Vec<(String, i32)> = scores
        .extract_if(|_name, score| *score < threshold)
        .collect();
    // Names are unique in a map, so sorting by name alone is a total order.
    eliminated.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
    eliminated
}

/// Lesson 01's cleanup in one pass: removes every player whose score is zero,
/// awards [`BONUS`] to everyone else, and returns the removed players sorted
/// by name.
///
/// The predicate of `extract_if` receives each score as `&mut i32`, so it
/// bumps the players it keeps (`saturating_add`: a score at `i32::MAX` stays
/// there). Negative scores are kept and bumped: only an exact zero means
/// "did not play".
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("Alice"), 0),
///     (String::from("Bob"), 5),
///     (String::from("Charlie"), 10),
/// ]);
/// let removed = lesson_08::cleanup_scores(&mut scores);
/// assert_eq!(removed, [(String::from("Alice"), 0)]);
/// assert_eq!(scores["Bob"], 6);
/// assert_eq!(scores["Charlie"], 11);
/// assert_eq!(scores.len(), 2);
/// ```
pub fn cleanup_scores(scores: &mut HashMap<String, i32>) -> Vec<(String, i32)> {
    let mut removed: Vec<(String, i32)> = scores
        .extract_if(|_name, score| {
            if *score == 0 {
                true
            } else {
                *score = score.saturating_add(BONUS);
                false
            }
        })
        // The bumps happen inside the predicate: only a finished iterator has
        // visited, and so bumped, every player.
        .collect();
    removed.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    fn list(entries: &[(&str, i32)]) -> Vec<(String, i32)> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    #[test]
    fn eliminate_below_splits_the_board_and_sorts_the_eliminated() {
        let mut scores = board(&[("Dmitri", 4), ("Alice", 10), ("Bob", 20), ("Carol", 15)]);
        let eliminated = eliminate_below(&mut scores, 15);
        assert_eq!(eliminated, list(&[("Alice", 10), ("Dmitri", 4)]));
        // The cut is strict: exactly 15 stays.
        assert_eq!(scores, board(&[("Bob", 20), ("Carol", 15)]));
    }

    #[test]
    fn eliminate_below_on_an_empty_board() {
        let mut scores = HashMap::new();
        assert!(eliminate_below(&mut scores, 0).is_empty());
        assert!(scores.is_empty());
    }

    #[test]
    fn eliminate_below_with_one_player() {
        let mut scores = board(&[("字", 7)]);
        assert!(eliminate_below(&mut scores, 7).is_empty());
        assert_eq!(scores, board(&[("字", 7)]));
        assert_eq!(eliminate_below(&mut scores, 8), list(&[("字", 7)]));
        assert!(scores.is_empty());
    }

    #[test]
    fn threshold_i32_min_eliminates_nobody() {
        let original = board(&[("Zoë", i32::MIN), ("Жанна", -1), ("😀", i32::MAX)]);
        let mut scores = original.clone();
        assert!(eliminate_below(&mut scores, i32::MIN).is_empty());
        assert_eq!(scores, original);
    }

    #[test]
    fn threshold_i32_max_eliminates_all_but_i32_max() {
        let mut scores = board(&[
            ("Zoë", i32::MAX),
            ("Жанна", i32::MAX - 1),
            ("😀", i32::MIN),
            ("Émile", 0),
        ]);
        let eliminated = eliminate_below(&mut scores, i32::MAX);
        // Sorted by name: byte order of UTF-8, so "Émile" < "Жанна" < "😀".
        assert_eq!(
            eliminated,
            list(&[("Émile", 0), ("Жанна", i32::MAX - 1), ("😀", i32::MIN)])
        );
        assert_eq!(scores, board(&[("Zoë", i32::MAX)]));
    }

    #[test]
    fn cleanup_scores_matches_the_articles_example() {
        let mut scores = board(&[("Alice", 0), ("Bob", 5), ("Charlie", 10)]);
        assert_eq!(cleanup_scores(&mut scores), list(&[("Alice", 0)]));
        assert_eq!(scores, board(&[("Bob", 6), ("Charlie", 11)]));
    }

    #[test]
    fn cleanup_scores_keeps_negatives_saturates_and_sorts_the_removed() {
        let mut scores = board(&[
            ("零", 0),
            ("Неудачник", -1),
            ("Zoë", i32::MAX),
            ("Min", i32::MIN),
            ("Émile", 0),
        ]);
        assert_eq!(
            cleanup_scores(&mut scores),
            list(&[("Émile", 0), ("零", 0)])
        );
        assert_eq!(
            scores,
            board(&[("Неудачник", 0), ("Zoë", i32::MAX), ("Min", i32::MIN + 1)])
        );
    }

    #[test]
    fn cleanup_scores_on_empty_and_all_zero_boards() {
        let mut scores = HashMap::new();
        assert!(cleanup_scores(&mut scores).is_empty());
        assert!(scores.is_empty());

        let mut scores = board(&[("b", 0), ("a", 0)]);
        assert_eq!(cleanup_scores(&mut scores), list(&[("a", 0), ("b", 0)]));
        assert!(scores.is_empty());
    }

    #[test]
    fn a_player_bumped_to_zero_is_not_removed_in_the_same_pass() {
        // The predicate tests the score before bumping it: -1 becomes 0 and stays.
        let mut scores = board(&[("Жанна", -1)]);
        assert!(cleanup_scores(&mut scores).is_empty());
        assert_eq!(scores, board(&[("Жанна", 0)]));
    }

    /// A board where `below` players score under 10 and `above` do not.
    fn qualifying_board(below: i32, above: i32) -> HashMap<String, i32> {
        let low = (0..below).map(|i| (format!("low{i}"), i));
        let high = (0..above).map(|i| (format!("high{i}"), i.saturating_add(10)));
        low.chain(high).collect()
    }

    #[test]
    fn extract_if_removes_nothing_until_advanced() {
        let mut scores = qualifying_board(5, 5);
        let iterator = scores.extract_if(|_name, score| *score < 10);
        drop(iterator);
        assert_eq!(scores, qualifying_board(5, 5));
    }

    #[test]
    fn following_the_help_let_underscore_removes_nothing() {
        let mut scores = qualifying_board(5, 5);
        // What rustc's `help` suggests for the unused iterator: it is created
        // and dropped at once, never advanced.
        let _ = scores.extract_if(|_name, score| *score < 10);
        assert_eq!(scores, qualifying_board(5, 5));
    }

    #[test]
    fn dropping_extract_if_early_leaves_the_unvisited_matches_in_the_map() {
        let mut scores = qualifying_board(5, 5);
        let mut iterator = scores.extract_if(|_name, score| *score < 10);
        let first = iterator.next().expect("five players are below 10");
        let second = iterator.next().expect("five players are below 10");
        drop(iterator);

        // Exactly the two entries taken are gone; three matches are still there.
        assert_eq!(scores.len(), 8);
        assert!(first.1 < 10 && second.1 < 10);
        assert!(!scores.contains_key(&first.0));
        assert!(!scores.contains_key(&second.0));
        assert_eq!(scores.values().filter(|&&score| score < 10).count(), 3);
    }

    #[test]
    fn stopping_a_for_loop_early_also_leaves_matches_behind() {
        let mut scores = qualifying_board(5, 5);
        let mut taken = Vec::new();
        for entry in scores.extract_if(|_name, score| *score < 10) {
            taken.push(entry);
            if taken.len() == 2 {
                break;
            }
        }
        assert_eq!(taken.len(), 2);
        assert_eq!(scores.len(), 8);
        assert_eq!(scores.values().filter(|&&score| score < 10).count(), 3);
    }

    /// Runs `cleanup_scores`'s predicate through an `extract_if` iterator
    /// that is advanced `steps` times, then dropped. Returns how many times
    /// the predicate was called.
    fn cleanup_advanced(scores: &mut HashMap<String, i32>, steps: usize) -> usize {
        let mut calls = 0_usize;
        let iterator = scores.extract_if(|_name, score| {
            calls = calls.saturating_add(1);
            if *score == 0 {
                true
            } else {
                *score = score.saturating_add(BONUS);
                false
            }
        });
        iterator.take(steps).for_each(drop);
        calls
    }

    #[test]
    fn a_finished_iterator_calls_the_predicate_once_per_entry() {
        let before = qualifying_board(3, 6); // low0 scores 0; low1, low2 and six others do not
        let mut scores = before.clone();
        let calls = cleanup_advanced(&mut scores, usize::MAX);
        assert_eq!(calls, before.len());
        assert_eq!(scores.len(), 8);
        assert!(
            scores
                .iter()
                .all(|(name, score)| *score == before[name].saturating_add(BONUS))
        );
    }

    #[test]
    fn an_unfinished_cleanup_iterator_bumps_only_the_players_it_visited() {
        // Two zeros: the first `next()` stops at whichever comes first in hash
        // order, so at least the other zero is never visited.
        let mut before = qualifying_board(1, 6);
        before.insert(String::from("Ноль"), 0);
        let mut scores = before.clone();
        let calls = cleanup_advanced(&mut scores, 1);

        assert!((1..before.len()).contains(&calls), "stopped early: {calls}");
        assert_eq!(scores.len(), 7, "exactly one zero removed");
        let bumped = scores
            .iter()
            .filter(|&(name, score)| *score != before[name])
            .count();
        // Every call but the last (the zero it removed) bumped a player once;
        // the players after it were neither bumped nor looked at.
        assert_eq!(Some(bumped), calls.checked_sub(1));
        assert!(scores.values().any(|&score| score == 0), "a zero is left");
    }

    #[test]
    fn extract_if_hashes_nothing_while_collect_then_remove_hashes_each_removed_name() {
        // A map whose hasher counts the keys it hashes, one per lookup
        // (`testkit::hashing`), with room to put the removed players back.
        let mut scores = testkit::hashing::counting_map(16, qualifying_board(3, 4));
        let state = scores.hasher().clone();

        // `eliminate_below`'s extract_if, on a map whose hasher counts.
        state.reset();
        let removed: Vec<(String, i32)> = scores.extract_if(|_name, score| *score < 10).collect();
        assert_eq!(removed.len(), 3);
        assert_eq!(state.hashes(), 0, "extract_if looked nothing up");

        // Lesson 01's way: clone the failing names, then `remove` each one.
        scores.extend(removed);
        state.reset();
        let below: Vec<String> = scores
            .iter()
            .filter(|&(_, &score)| score < 10)
            .map(|(name, _)| name.clone())
            .collect();
        let mut removed_again = Vec::new();
        for name in below {
            let score = scores.remove(&name).expect("the name came from the map");
            removed_again.push((name, score));
        }
        assert_eq!(removed_again.len(), 3);
        assert_eq!(state.hashes(), 3, "one hash per removed name");
        assert_eq!(scores.len(), 4);
    }

    #[test]
    fn drain_empties_the_map_even_when_dropped_early() {
        let mut scores = qualifying_board(5, 5);
        let mut iterator = scores.drain();
        assert!(iterator.next().is_some());
        drop(iterator);
        assert!(scores.is_empty());

        let mut scores = qualifying_board(5, 5);
        drop(scores.drain());
        assert!(scores.is_empty());
    }
}
