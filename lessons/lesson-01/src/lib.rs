//! # Lesson 01: collect the keys first
//!
//! > **You will be able to:** update, remove or insert map entries inside a
//! > loop by walking a vector of keys instead of the map; find, in an E0502
//! > message, the borrow that lasts too long; say what a `for` loop borrows
//! > or moves, and until when.
//! >
//! > **The one idea:** copy the keys into a vector the function owns; once
//! > `collect()` returns, nothing borrows the map, so the loop may change it.
//!
//! ## The problem
//!
//! Every player on the leaderboard earns a bonus point, and the loop over
//! `&scores` that calls `scores.get_mut(name)` is refused with E0502
//! ([`compile_fail/get_mut_inside_iter_loop.rs`](../iterate_and_mutate/index.html#get_mut_inside_iter_loop)): the loop's iterator borrows
//! the map until the loop ends, and `get_mut` needs it mutably in between.
//! Lesson 00 shows why Rust cannot let the two overlap. Writing the loop as
//! `for (name, _score) in scores.iter()` changes nothing (`for` over
//! `&scores` calls `iter()` for you:
//! [`compile_fail/get_mut_inside_explicit_iter_loop.rs`](../iterate_and_mutate/index.html#get_mut_inside_explicit_iter_loop)), nor does `remove`
//! instead of `get_mut` ([`compile_fail/remove_inside_keys_loop.rs`](../iterate_and_mutate/index.html#remove_inside_keys_loop)).
//!
//! ## The fix
//!
//! Copy the keys out of the map into a `Vec<String>` first, then walk the
//! vector and update the map by key
//! (`cargo run -p lesson-01 --example playground-01`):
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! `keys()` borrows the map only while `collect()` runs; `cloned()` turns
//! each `&String` into a `String` of the vector's own. After `collect()`
//! returns, nothing points into the map, and `get_mut` is free to borrow it
//! mutably. [`award_bonus`] is this loop.
//!
//! ## Why `cloned()` is not optional
//!
//! Without `cloned()`, `collect()` builds a `Vec<&String>`: references into
//! the map. The vector then holds the borrow, and the loop that reads it
//! keeps it alive. The same E0502, pinned in
//! [`compile_fail/collect_key_references.rs`](../iterate_and_mutate/index.html#collect_key_references):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/collect_key_references.stderr"), "```")]
//!
//! Read the three labels in order: *immutable borrow occurs here* where the
//! borrow **starts** (`scores` on the `collect` line), *immutable borrow
//! later used here* where it is still **needed** (`keys` on the `for` line),
//! and *mutable borrow occurs here*, the write that falls between. The source
//! article says the error "points to the mutation line, not the collection
//! line": half right. The `-->` location and the caret are on the mutation
//! line, but the labels mark the collection line and the `for` line too.
//!
//! Here the fix belongs on the first or second label, not on the caret's
//! line: the write is fine, the borrow lasts too long. (Not every time:
//! when the write can go through the loop's own iterator, lesson 07 replaces
//! the write itself, with `values_mut()`.)
//!
//! ## A borrow ends at its last use
//!
//! The source article also says the borrow "lives for the entire scope of
//! `keys`". It does not: under non-lexical lifetimes, the rule of today's
//! borrow checker, a borrow lasts until its last use, not to the end of the
//! scope. A `Vec<&String>` whose last use comes before `get_mut` compiles,
//! although the vector is still in scope:
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> =
//!     HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let keys: Vec<&String> = scores.keys().collect(); // borrows `scores`
//! let longest = keys.iter().map(|name| name.len()).max(); // last use of `keys`
//! if let Some(score) = scores.get_mut("Alice") {
//!     *score = score.saturating_add(1); // accepted: the borrow has ended
//! }
//! assert_eq!(longest, Some(5));
//! assert_eq!(scores["Alice"], 11);
//! ```
//!
//! Swap the `longest` line and the `if let`, and it is E0502 again:
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> =
//!     HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let keys: Vec<&String> = scores.keys().collect();
//! if let Some(score) = scores.get_mut("Alice") {
//!     *score = score.saturating_add(1);
//! }
//! let longest = keys.iter().map(|name| name.len()).max(); // `keys` still needed
//! ```
//!
//! ## `for key in keys` moves the vector
//!
//! The source article says the loop "borrows the Vec immutably". It moves it:
//! `for key in keys` calls `keys.into_iter()`, which takes the vector by
//! value and hands out each `String` by value. After the loop, `keys` is
//! gone, and using it is error E0382, pinned in
//! [`compile_fail/use_keys_after_for_loop.rs`](../iterate_and_mutate/index.html#use_keys_after_for_loop):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/use_keys_after_for_loop.stderr"), "```")]
//!
//! As the help line says, `for key in &keys` borrows the vector instead. The
//! map is still free, because the vector owns its names:
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> =
//!     HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let keys: Vec<String> = scores.keys().cloned().collect();
//! for key in &keys {
//!     if let Some(score) = scores.get_mut(key) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! assert_eq!(keys.len(), 2); // the vector is still here
//! ```
//!
//! ## Updating some entries, removing others
//!
//! [`cleanup_scores`] removes players who scored nothing and bumps the rest.
//! In one turn of its loop it calls `get_mut` and, on one branch, `remove`:
//! two `&mut` uses of the map. It compiles because `score` is last used by
//! the test `*score == 0`, so its borrow has ended before `remove` takes a
//! new one. Use `score` after the `remove` and the two overlap: E0499, pinned
//! in [`compile_fail/score_used_after_remove.rs`](../iterate_and_mutate/index.html#score_used_after_remove), with *first mutable borrow
//! occurs here* under `get_mut`, *second mutable borrow occurs here* under
//! `remove`, and *first borrow later used here* under the later
//! `*score += 1`.
//!
//! The source article says `get_mut` reads and writes "atomically". Nothing
//! here is about threads: `get_mut` is one lookup returning an exclusive
//! reference, and the borrow checker, not the hardware, makes it exclusive.
//! The real gain is that it finds the entry once: reading `scores[&key]` and
//! writing back with `insert` hashes the key twice (a unit test counts the
//! hashes).
//!
//! ## Writing through an index does not compile
//!
//! The source article calls `get_mut` "clearer" than indexing for writing.
//! Indexing cannot write at all: `HashMap` implements `Index` but not
//! `IndexMut`, so `scores[&key] += 1` is error E0594, "cannot assign to data
//! in an index of `HashMap<String, i32>`", pinned in
//! [`compile_fail/index_assign.rs`](../iterate_and_mutate/index.html#index_assign); its help line points to `.get_mut()`,
//! `.insert()` or the entry API.
//!
//! ## Inserting while walking the keys
//!
//! [`add_bonus_entries`] inserts a new entry per player. With a live
//! iterator that is the dangerous case (an insert may move the table under
//! it); with a vector of keys the map may grow freely, and the loop visits
//! only the keys that were there before it started.
//!
//! ## What it costs
//!
//! * **Copies of the keys.** One allocation for the `Vec`, and one for each
//!   cloned `String` (only the empty name `""` needs none). While the loop
//!   runs, every name is stored twice, and each copy also needs a 24-byte
//!   `String` header in the vector.
//! * **A lookup per key.** Walking `keys()` hashes nothing, but each
//!   `get_mut(&key)` hashes the name to find its entry again: one hash per
//!   player in [`award_bonus`], plus one per removed player in
//!   [`cleanup_scores`] (unit tests count them with a counting hasher).
//!
//! Measured by the `costs` crate (`costs/results/bench-output.txt`, table in
//! `README.md#what-it-costs`; ratios travel between machines, times do not):
//!
//! * On 1 000 000 players, [`award_bonus`] made 1 000 001 allocations,
//!   37.4 MB in all: the 24 MB vector of `String` headers plus 13.4 MB of
//!   copied names. Lesson 07's `values_mut()` loop made none, and
//!   [`award_bonus`] took 65x<!-- ratio: bump_every_score/collect_keys_then_get_mut/1000000 over bump_every_score/values_mut/1000000 --> its time (44x<!-- ratio: bump_every_score/collect_keys_then_get_mut/1000 over bump_every_score/values_mut/1000 --> at 1 000 players).
//! * For the remove-and-bump job, [`cleanup_scores`] took 19x<!-- ratio: remove_zeros_bump_rest/collect_keys/1000000 over remove_zeros_bump_rest/retain/1000000 --> the time of
//!   lesson 04's `retain` at 1 000 000 players (14x<!-- ratio: remove_zeros_bump_rest/collect_keys/1000 over remove_zeros_bump_rest/retain/1000 --> at 1 000), with the same
//!   1 000 001 allocations against none.
//!
//! `costs/tests/allocations.rs` checks the allocation counts exactly in
//! `cargo test` (`collecting_keys_allocates_a_vector_and_every_key`); the
//! times come from `costs/benches/bump_every_score.rs` and
//! `costs/benches/remove_zeros_bump_rest.rs`.
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
//! `saturating_add`, so a score at `i32::MAX` stays there (this crate's unit
//! tests show both behaviours of `+=`).
//!
//! ## Exercises
//!
//! Practise this lesson with the classroom exercises (run `rustlings` inside
//! `exercises/`):
//!
//! * `exercises/exercises/lesson01/l01_record_sales.rs`
//! * `exercises/exercises/lesson01/l01_link_both_ways.rs`
//!
//! ---
//!
//! [← Lesson 00: why the compiler says no](../lesson_00/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 02: filter before you collect →](../lesson_02/index.html)
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
