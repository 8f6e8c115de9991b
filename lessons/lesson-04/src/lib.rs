//! # Lesson 04: `retain`, remove and update in one pass
//!
//! > **You will be able to:** remove some entries of a map and update the
//! > others in one pass with `retain`; read the E0502 you get when its
//! > closure touches the map; decide when to give the table's room back with
//! > `shrink_to_fit`.
//! >
//! > **The one idea:** `retain` holds the map's only `&mut` borrow and lends
//! > your closure one entry at a time, so the closure may change the value
//! > but may not touch the map.
//!
//! ## The problem
//!
//! Lesson 01 cleaned up the leaderboard after a round (players who scored
//! zero leave, everyone else earns a point) in two steps: clone every key
//! into a `Vec<String>`, then look each player up again with `get_mut` to
//! bump the score or `remove` the entry. That is a `String` allocation per
//! player, a vector, and a hash lookup per player (two for a removal), all to
//! get around one rule: a loop over the map may not change the map.
//!
//! ## The fix
//!
//! [`HashMap::retain`] walks the map for you and asks a closure, entry by
//! entry, whether to keep it. The closure receives the key as `&K` and the
//! value as **`&mut V`**, so it may change the value before it answers:
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! That is the job of [`cleanup_scores`]. No key is cloned and no player is looked up:
//! `retain` is already standing on each entry when it calls the closure, so
//! not a single key is hashed (a unit test counts the hashes: lesson 01's
//! loop makes one per player plus one per removal, `retain` none). When all
//! you need is the test, `retain` is one line ([`remove_scores_below`]).
//!
//! ## Why the closure cannot touch the map
//!
//! `retain` takes `&mut self`, so for the whole call it holds the one and
//! only borrow of the map. It walks the table itself and lends the closure
//! the key and the value of the entry it is standing on, out of its own
//! `&mut` borrow. Your code never holds an iterator and a mutable borrow at
//! the same time, so the borrow checker has nothing to object to. The
//! removal happens inside the standard library, which erases an entry in
//! place: the other entries do not move and the table is not resized, so its
//! walk stays valid (a unit test checks that every kept score is still at the
//! address it had before the call).
//!
//! The flip side: the closure cannot see the map, not even to read
//! `scores.len()`. This is [`compile_fail/retain_reads_the_map.rs`](../iterate_and_mutate/index.html#retain_reads_the_map):
//!
#![doc = concat!("```compile_fail,E0502\n", include_str!("../../../compile_fail/retain_reads_the_map.rs"), "```")]
//!
//! rustc 1.95 rejects it with E0502 and four labels (the pinned
//! `compile_fail/retain_reads_the_map.stderr`):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/retain_reads_the_map.stderr"), "```")]
//!
//! Read them in the order things happen:
//!
//! * *immutable borrow occurs here*, under the closure's `|_name, score|`:
//!   building the closure borrows `scores`, because its body reads it. A
//!   closure captures what it uses when it is created, and the arguments of a
//!   call are built before the call starts.
//! * *first borrow occurs due to use of `scores` in closure*, under
//!   `scores.len()`: **why** the closure borrows the map. This is the line
//!   to change.
//! * *immutable borrow later used by call*, under `retain`: the call keeps
//!   the closure, and with it the shared borrow, alive while it runs.
//! * *mutable borrow occurs here*, the caret line running through the whole
//!   call: `retain` needs `&mut scores`, and that is the borrow refused.
//!
//! The headline is lesson 01's, but here the shared borrow is the closure
//! and the mutable one is `retain`. The fix is to read what the closure
//! needs **before** the call, so that it captures a plain value instead of
//! the map:
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 0), (String::from("Bob"), 5)]);
//! let alone = scores.len() == 1; // the borrow ends with this line
//! scores.retain(|_name, score| *score != 0 || alone);
//! assert_eq!(scores.len(), 1);
//! ```
//!
//! ## What `retain` cannot do
//!
//! * **Insert.** The closure has no access to the map, so it cannot add a
//!   `"<name>_bonus"` entry; collect the keys first (lesson 01) or use the
//!   entry API (lesson 06).
//! * **Look at other entries.** It sees one entry at a time. If the decision
//!   depends on the whole board (keep players above the average, say),
//!   compute that number before the call, as above.
//! * **Change a key.** The key arrives as `&K`: read-only.
//! * **Give back what it removed.** A rejected entry is dropped on the spot.
//!   To remove entries *and* keep them, use `extract_if` (lesson 08).
//!
//! ## Order does not exist here
//!
//! `retain` visits the entries in the map's internal order, which changes
//! from one process to the next. A closure that counts as it goes ("keep the
//! first three players") compiles and runs, but which three it keeps changes
//! from map to map and from run to run (a test catches it doing so). Decide
//! from the entry in front of you alone, as both functions below do.
//!
//! ## What it costs
//!
//! One pass over the table, each entry visited once (a unit test records the
//! visits); no key cloned or hashed; no allocation at all
//! (`in_place_strategies_allocate_nothing` in `costs/tests/allocations.rs`
//! counts them). On a board of 1 000 000 players
//! (`costs/benches/remove_zeros_bump_rest.rs`, table in
//! `README.md#what-it-costs`), lesson 01's collect-the-keys version took
//! 19x<!-- ratio: remove_zeros_bump_rest/collect_keys/1000000 over remove_zeros_bump_rest/retain/1000000 -->
//! the time of [`cleanup_scores`], with one allocation per player plus one;
//! lesson 08's `extract_if`, which also hands back the removed players, took
//! 1.2x<!-- ratio: remove_zeros_bump_rest/extract_if/1000000 over remove_zeros_bump_rest/retain/1000000 -->.
//!
//! ### The table keeps its size, and so does every walk of it
//!
//! `retain` never reallocates: however many entries it removes, the table
//! keeps its size. That room is not only memory. A walk of a `HashMap`
//! visits every bucket of its table, empty or not: std's documentation says
//! that iterating it, and `retain` itself, "takes O(capacity) time instead
//! of O(len)". Cut a board of 1 000 000 players down to 100, and bumping
//! those 100 with `values_mut` took
//! 835x<!-- ratio: walk_kept_table/after_retain/1000000 over walk_kept_table/fresh_board/1000000 -->
//! the time it takes on a new 100-player board
//! (`costs/benches/walk_kept_table.rs`).
//!
//! If the board will stay small, call `shrink_to_fit()` afterwards: it
//! moves what is left into a table sized for it (one allocation, counted by
//! `costs/tests/allocations.rs`, and a move of every remaining entry), after
//! which the same bump took
//! 1.0x<!-- ratio: walk_kept_table/after_retain_then_shrink_to_fit/1000000 over walk_kept_table/fresh_board/1000000 -->
//! the time of the new board. `shrink_to(n)` does the same but keeps room
//! for at least `n` entries. If the board will fill up again next round,
//! keep the room.
//!
//! `capacity()` shows the kept table, with one twist. It is a promise ("this
//! many entries fit without reallocating"), and in Rust 1.95's `HashMap` a
//! removal can make it shrink, never grow. A removed entry sometimes has to
//! leave a marker, a *tombstone*, in its bucket, so that the lookup of
//! another key that once probed past it still finds its way; the table
//! counts those buckets as taken until it is next rebuilt. How many there are
//! depends on where the keys hashed, so the figure changes from map to map
//! (a test shows it). `drain()` clears them; `clear()` does not always
//! (lesson 05).
//!
//! ## When not to use it
//!
//! * To change every value and remove nothing, `values_mut()` says so more
//!   plainly (lesson 07).
//! * To keep the entries you remove, `extract_if` (lesson 08).
//! * To empty the whole map and keep its entries, `drain` (lesson 05).
//! * To insert while you walk, collect the keys first (lesson 01).
//!
//! ## Scores at the ends of the range
//!
//! The bump in [`cleanup_scores`] is a `saturating_add`: a score at
//! `i32::MAX` stays at `i32::MAX` instead of panicking in a debug build or
//! wrapping to `i32::MIN` in a release build. [`remove_scores_below`] does no
//! arithmetic, but its threshold has two extremes: `i32::MIN` removes nobody
//! (no score is below it), and `i32::MAX` removes everybody except players at
//! exactly `i32::MAX`.
//!
//! ## Exercises
//!
//! Practise with rustlings in `exercises/` (`cd exercises && rustlings`):
//!
//! * `exercises/exercises/lesson04/l04_prune_rare_words.rs`
//! * `exercises/exercises/lesson04/l04_expire_sessions.rs`
//!
//! ---
//!
//! [← Lesson 03: copied keys](../lesson_03/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 05: `drain`, move everything out and keep the map →](../lesson_05/index.html)
#![forbid(unsafe_code)]

use std::collections::HashMap;

/// The points every remaining player earns in [`cleanup_scores`].
pub const BONUS: i32 = 1;

/// Removes every player whose score is zero and awards [`BONUS`] to the rest,
/// in one pass with `retain` and without cloning a single key.
///
/// Same result as lesson 01's `cleanup_scores`. Negative scores are kept and
/// bumped like positive ones: only an exact zero means "did not play". The
/// bump saturates, so a score at `i32::MAX` stays at `i32::MAX`. The table
/// is not reallocated: the memory of the removed entries stays with the map.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("Alice"), 0),
///     (String::from("Bob"), 5),
///     (String::from("Charlie"), 10),
/// ]);
/// lesson_04::cleanup_scores(&mut scores);
/// assert!(!scores.contains_key("Alice"));
/// assert_eq!(scores["Bob"], 6);
/// assert_eq!(scores["Charlie"], 11);
/// ```
pub fn cleanup_scores(scores: &mut HashMap<String, i32>) {
    scores.retain(|_name, score| {
        if *score == 0 {
            return false;
        }
        // `score` is `&mut i32`, lent by `retain`: update it before answering.
        *score = score.saturating_add(BONUS);
        true
    });
}

/// Removes every player whose score is below `threshold`; a score equal to
/// `threshold` stays.
///
/// `i32::MIN` removes nobody; `i32::MAX` removes everybody except players at
/// exactly `i32::MAX`. Scores are not changed, and the table is not
/// reallocated: the memory of the removed entries stays with the map.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("Alice"), 3),
///     (String::from("Bob"), 5),
///     (String::from("Charlie"), 10),
/// ]);
/// lesson_04::remove_scores_below(&mut scores, 5);
/// assert!(!scores.contains_key("Alice"));
/// assert_eq!(scores["Bob"], 5);
/// assert_eq!(scores["Charlie"], 10);
/// ```
pub fn remove_scores_below(scores: &mut HashMap<String, i32>, threshold: i32) {
    scores.retain(|_name, score| *score >= threshold);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use testkit::hashing::counting_map;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    /// The cleanup job done both ways on boards that count their hashes:
    /// lesson 01's loop finds every player again (and once more to remove
    /// one); `retain`, the body of [`cleanup_scores`], hashes nothing.
    #[test]
    fn retain_hashes_no_key_where_collecting_keys_hashes_every_one() {
        let entries: [(&str, i32); 5] = [
            ("Alice", 0),
            ("Bob", 5),
            ("Ж", 0),
            ("字", 9),
            ("😀", i32::MAX),
        ];
        // A board whose hasher counts the keys it hashes (`testkit::hashing`),
        // the counter at zero, with room for more than the test needs.
        let counted = || counting_map(8, entries.map(|(name, score)| (name.to_owned(), score)));

        let mut collected = counted();
        let keys: Vec<String> = collected.keys().cloned().collect();
        for key in keys {
            if let Some(score) = collected.get_mut(&key) {
                if *score == 0 {
                    collected.remove(&key);
                } else {
                    *score = score.saturating_add(BONUS);
                }
            }
        }
        // 5 lookups and 2 removals.
        assert_eq!(collected.hasher().hashes(), 7);

        let mut retained = counted();
        retained.retain(|_name, score| {
            if *score == 0 {
                return false;
            }
            *score = score.saturating_add(BONUS);
            true
        });
        assert_eq!(retained.hasher().hashes(), 0);
        assert_eq!(
            retained.into_iter().collect::<BTreeMap<_, _>>(),
            collected.into_iter().collect::<BTreeMap<_, _>>()
        );
    }

    /// `retain` erases in place: every kept entry stays where it was.
    #[test]
    fn retain_moves_no_kept_entry() {
        let address = |score: &i32| std::ptr::from_ref(score).addr();
        let mut scores: HashMap<String, i32> = (0..200).map(|i| (format!("p{i}"), i % 3)).collect();
        let before: BTreeMap<String, usize> = scores
            .iter()
            .filter(|&(_, &score)| score != 0)
            .map(|(name, score)| (name.clone(), address(score)))
            .collect();
        cleanup_scores(&mut scores);
        let after: BTreeMap<String, usize> = scores
            .iter()
            .map(|(name, score)| (name.clone(), address(score)))
            .collect();
        assert_eq!(after.len(), 133);
        assert_eq!(after, before);
    }

    #[test]
    fn cleanup_scores_matches_the_articles_example() {
        let mut scores = board(&[("Alice", 0), ("Bob", 5), ("Charlie", 10)]);
        cleanup_scores(&mut scores);
        assert_eq!(scores, board(&[("Bob", 6), ("Charlie", 11)]));
    }

    #[test]
    fn cleanup_scores_on_an_empty_board_does_nothing() {
        let mut scores = HashMap::new();
        cleanup_scores(&mut scores);
        assert!(scores.is_empty());
    }

    #[test]
    fn cleanup_scores_with_one_player() {
        let mut zero = board(&[("Solo", 0)]);
        cleanup_scores(&mut zero);
        assert!(zero.is_empty());

        let mut one = board(&[("Solo", 7)]);
        cleanup_scores(&mut one);
        assert_eq!(one, board(&[("Solo", 8)]));
    }

    #[test]
    fn cleanup_scores_keeps_negatives_and_saturates_at_both_ends() {
        let mut scores = board(&[
            ("Zoë", i32::MAX),
            ("Min", i32::MIN),
            ("Неудачник", -1),
            ("零", 0),
            ("🦀", i32::MAX - 1),
        ]);
        cleanup_scores(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Zoë", i32::MAX),
                ("Min", i32::MIN + 1),
                ("Неудачник", 0),
                ("🦀", i32::MAX),
            ])
        );
    }

    #[test]
    fn cleanup_scores_can_empty_the_board() {
        let mut scores = board(&[("a", 0), ("Ж", 0), ("字", 0)]);
        cleanup_scores(&mut scores);
        assert!(scores.is_empty());
    }

    #[test]
    fn a_player_bumped_to_zero_is_kept_this_round() {
        // -1 becomes 0 *after* the zero test: it is only removed next time.
        let mut scores = board(&[("Émile", -1)]);
        cleanup_scores(&mut scores);
        assert_eq!(scores, board(&[("Émile", 0)]));
        cleanup_scores(&mut scores);
        assert!(scores.is_empty());
    }

    #[test]
    fn remove_scores_below_keeps_scores_equal_to_the_threshold() {
        let mut scores = board(&[("Alice", 4), ("Bob", 5), ("Charlie", 6)]);
        remove_scores_below(&mut scores, 5);
        assert_eq!(scores, board(&[("Bob", 5), ("Charlie", 6)]));
    }

    #[test]
    fn remove_scores_below_i32_min_removes_nobody() {
        let original = board(&[
            ("Min", i32::MIN),
            ("Zero", 0),
            ("Zoë", i32::MAX),
            ("😀", -1),
        ]);
        let mut scores = original.clone();
        remove_scores_below(&mut scores, i32::MIN);
        assert_eq!(scores, original);
    }

    #[test]
    fn remove_scores_below_i32_max_keeps_only_i32_max() {
        let mut scores = board(&[
            ("Min", i32::MIN),
            ("Zero", 0),
            ("Almost", i32::MAX - 1),
            ("Zoë", i32::MAX),
            ("字", i32::MAX),
        ]);
        remove_scores_below(&mut scores, i32::MAX);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("字", i32::MAX)]));
    }

    #[test]
    fn remove_scores_below_on_an_empty_board_does_nothing() {
        let mut scores = HashMap::new();
        remove_scores_below(&mut scores, 0);
        assert!(scores.is_empty());
    }

    #[test]
    fn remove_scores_below_with_one_player() {
        let mut kept = board(&[("Ж", 1)]);
        remove_scores_below(&mut kept, 1);
        assert_eq!(kept, board(&[("Ж", 1)]));

        let mut gone = board(&[("Ж", 1)]);
        remove_scores_below(&mut gone, 2);
        assert!(gone.is_empty());
    }

    #[test]
    fn reading_the_board_before_the_call_is_the_fix() {
        // The compiling twin of compile_fail/retain_reads_the_map.rs.
        let mut pair = board(&[("Alice", 0), ("Bob", 5)]);
        let alone = pair.len() == 1;
        pair.retain(|_name, score| *score != 0 || alone);
        assert_eq!(pair, board(&[("Bob", 5)]));

        let mut solo = board(&[("Alice", 0)]);
        let alone = solo.len() == 1;
        solo.retain(|_name, score| *score != 0 || alone);
        assert_eq!(solo, board(&[("Alice", 0)]));
    }

    #[test]
    fn retain_visits_every_entry_exactly_once() {
        let mut scores: HashMap<String, i32> = (0..500).map(|i| (format!("p{i}"), i)).collect();
        let mut visited = Vec::new();
        scores.retain(|name, score| {
            visited.push(name.clone());
            *score % 2 == 0
        });
        // The visiting order is the hash order: compare sorted.
        visited.sort_unstable();
        let mut expected: Vec<String> = (0..500).map(|i| format!("p{i}")).collect();
        expected.sort_unstable();
        assert_eq!(visited, expected);
        assert_eq!(scores.len(), 250);
    }

    #[test]
    fn a_closure_that_counts_depends_on_the_hash_order() {
        // "Keep the first three players": every map below holds the same ten
        // players, but each `HashMap::new()` gets its own hash keys, so each
        // one visits them in its own order and keeps its own three.
        let mut kept_sets = std::collections::BTreeSet::new();
        for _ in 0..50 {
            let mut scores: HashMap<String, i32> = (0..10).map(|i| (format!("p{i}"), i)).collect();
            let mut left = 3_u32;
            scores.retain(|_name, _score| {
                let keep = left > 0;
                left = left.saturating_sub(1);
                keep
            });
            assert_eq!(scores.len(), 3);
            let mut names: Vec<String> = scores.into_keys().collect();
            names.sort_unstable();
            kept_sets.insert(names);
        }
        // 50 maps choosing the same 3 of 10 by chance: about 1 in 120^49.
        assert!(kept_sets.len() > 1, "always kept {kept_sets:?}");
    }

    #[test]
    fn retain_never_reallocates_and_shrink_to_and_shrink_to_fit_give_memory_back() {
        let mut scores: HashMap<String, i32> =
            (0..1000).map(|i| (format!("player {i}"), i)).collect();
        let before = scores.capacity();
        assert!(before >= 1000);

        remove_scores_below(&mut scores, 997);
        assert_eq!(scores.len(), 3);
        let after = scores.capacity();
        // Tombstones may take some room: never more room, never a new table.
        assert!(
            after <= before,
            "retain grew the table: {before} -> {after}"
        );
        // The table was not shrunk: the room for a thousand is still there
        // (losing it would take hundreds of tombstones among 997 removals
        // from a half-full table).
        assert!(
            after >= 1000,
            "retain shrank the table: {before} -> {after}"
        );

        // `shrink_to(100)` keeps room for at least 100 of the 1000.
        scores.shrink_to(100);
        assert_eq!(scores.len(), 3);
        assert!((100..after).contains(&scores.capacity()));

        scores.shrink_to_fit();
        assert_eq!(scores.len(), 3);
        assert!(scores.capacity() >= 3);
        // `shrink_to_fit` only promises "as much as possible"; Rust 1.95's
        // `HashMap` reallocates a table sized for the 3 players left.
        assert!(scores.capacity() < 100);
    }

    #[test]
    fn removals_can_lower_the_reported_capacity_by_an_amount_that_varies() {
        // 100 players fill a table of 128 buckets almost to its limit, where a
        // removed entry often has to leave a tombstone. Which removals do
        // depends on the hashes, and every `HashMap::new()` hashes with its
        // own keys: across twenty maps, the room left differs.
        let mut after = std::collections::BTreeSet::new();
        let mut before = std::collections::BTreeSet::new();
        for _ in 0..20 {
            let mut scores: HashMap<String, i32> =
                (0..100).map(|i| (format!("p{i}"), i % 2)).collect();
            before.insert(scores.capacity());
            remove_scores_below(&mut scores, 1);
            after.insert(scores.capacity());
        }
        // Every map started with the same room...
        assert_eq!(before.len(), 1, "{before:?}");
        let full = before.first().copied().unwrap_or_default();
        // ...and none gained any, some lost some, and not all lost the same.
        assert!(after.iter().all(|&room| room <= full), "{after:?}");
        assert!(
            after.first().is_some_and(|&least| least < full),
            "{after:?}"
        );
        assert!(after.len() > 1, "always {after:?}");
    }

    #[test]
    fn cleanup_scores_never_adds_capacity() {
        let mut scores: HashMap<String, i32> = (0..100).map(|i| (format!("p{i}"), i % 2)).collect();
        let before = scores.capacity();
        cleanup_scores(&mut scores);
        assert_eq!(scores.len(), 50);
        assert!(scores.capacity() <= before);
        assert!(scores.capacity() >= scores.len());
    }
}
