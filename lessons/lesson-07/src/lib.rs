//! # Lesson 07: change the values in place with `values_mut` and `iter_mut`
//!
//! > **You will be able to:** change every score, or the scores whose key
//! > passes a test, in one pass with no key vector; tell a loop that needs
//! > lesson 01's collected keys from one that does not; read the E0499 of an
//! > `insert` inside `iter_mut`.
//! >
//! > **The one idea:** to change values and nothing else, borrow the map
//! > mutably once and let the iterator lend you each value.
//!
//! ## The problem
//!
//! A round has ended and every player on the leaderboard earns one point.
//! The obvious loop, `get_mut` inside `for (name, score) in &scores`, is
//! rejected with E0502 (lesson 01, [`compile_fail/get_mut_inside_iter_loop.rs`](../iterate_and_mutate/index.html#get_mut_inside_iter_loop)).
//! The source article's answer for this job is to "collect keys first":
//! clone every key into a vector, then look each one up again. That works,
//! but nothing here adds or removes a player; only the numbers change, and
//! for that the map already has an iterator that hands out the values
//! themselves, ready to be written through.
//!
//! ## The fix
//!
//! `values_mut()` yields one `&mut i32` per entry. Write through it and the
//! job is done ([`award_bonus`]; run this with
//! `cargo run -p lesson-07 --example playground-07`):
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! When the decision depends on the name, `iter_mut()` yields pairs
//! `(&String, &mut i32)`: the key to read, the value to write.
//! [`award_bonus_iter_mut`] is the same job written that way, and
//! [`award_bonus_with_prefix`] bumps only the players whose name starts with
//! a prefix, by a `filter` on the key in front of the loop: lesson 02's
//! subset job, with the same result and nothing collected.
//!
//! ## Why this compiles
//!
//! The rejected loop holds two borrows of one map at once: the shared borrow
//! of the `for` loop's iterator and, inside it, the exclusive borrow
//! `get_mut` asks for. `values_mut()` and `iter_mut()` borrow the map
//! mutably **once**, when the loop starts, until it ends; there is no second
//! borrow to conflict with. Out of that borrow the iterator lends you, turn
//! by turn, an `&mut` to each **value**, never the same one twice, and never
//! an `&mut` to the map itself: nothing in the loop can `insert` or `remove`,
//! so the slots stay where they are while only the numbers in them change.
//!
//! The keys come out as `&String`, never `&mut String`: a key decides which
//! bucket its entry lives in, and rewriting it in place would leave the
//! entry in the wrong bucket.
//!
//! ## When you still need to collect the keys
//!
//! The iterator holds the map's exclusive borrow for the whole loop, so the
//! body cannot use the map by its name. You still need lesson 01's key
//! vector, or another tool, when the loop must:
//!
//! * `insert` or `remove` an entry;
//! * call another `&mut self` method: `get_mut` of **another** key, `entry`,
//!   `retain` ...;
//! * even **read** the map (`scores.get("Bob")`, `scores.len()`).
//!
//! An `insert` inside an `iter_mut` loop is E0499
//! ([`compile_fail/insert_inside_iter_mut_loop.rs`](../iterate_and_mutate/index.html#insert_inside_iter_mut_loop)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/insert_inside_iter_mut_loop.stderr"), "```")]
//!
//! Both borrows are mutable, so the labels tell them apart as *first* and
//! *second*: *first mutable borrow occurs here* is where the loop's borrow
//! **starts** (`iter_mut()`); *first borrow later used here* is why it is
//! still **alive** (the loop asks the same iterator for the next entry at
//! every turn); *second mutable borrow occurs here*, under the caret, is the
//! `insert`. The danger is real: an `insert` may grow the table and move
//! every entry, leaving the iterator and `score` pointing into freed memory
//! (lesson 00). The fix replaces the write: **note** the new entries during
//! the loop, insert them after it.
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 10)]);
//! let mut new_entries = Vec::new();
//! for (name, score) in scores.iter_mut() {
//!     *score = score.saturating_add(1);
//!     new_entries.push((format!("{name}_bonus"), 100));
//! }
//! scores.extend(new_entries); // the loop's borrow has ended here
//! assert_eq!(scores["Alice"], 11);
//! assert_eq!(scores["Alice_bonus"], 100);
//! ```
//!
//! `get_mut` for **another** player inside the loop fails the same way,
//! E0499, because it too borrows the whole map:
//!
//! ```compile_fail,E0499
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> =
//!     HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! for score in scores.values_mut() {
//!     *score = score.saturating_add(1);
//!     if let Some(bob) = scores.get_mut("Bob") {
//!         *bob = bob.saturating_add(1);
//!     }
//! }
//! ```
//!
//! And reading the map inside the loop is E0502, a shared borrow meeting
//! the loop's exclusive one:
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> =
//!     HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! for score in scores.values_mut() {
//!     *score = score.saturating_add(scores["Bob"]);
//! }
//! ```
//!
//! When a new value depends on **other** entries, read what you need first
//! (that borrow ends), then run the `values_mut` loop with those numbers.
//!
//! ## What it costs
//!
//! Nothing beyond the walk: no allocation (counted by
//! `costs/tests/allocations.rs`: zero for all three functions), no clone,
//! no hashing. The loop visits the slots in storage order and looks no key
//! up, where lesson 01 clones every key and hashes each one again in
//! `get_mut` (a unit test counts with a counting hasher: zero hashes here,
//! one per key there).
//!
//! Timed on a board of 1 000 000 players (`costs/benches/bump_every_score.rs`
//! and `costs/benches/bump_vip_subset.rs`; ratios, since times depend on the
//! machine):
//!
//! * [`award_bonus`] and [`award_bonus_iter_mut`] took about the same time
//!   (`iter_mut` took 1.1x<!-- ratio: bump_every_score/iter_mut/1000000 over bump_every_score/values_mut/1000000 --> the time of `values_mut`);
//!   lesson 01's collected keys took
//!   65x<!-- ratio: bump_every_score/collect_keys_then_get_mut/1000000 over bump_every_score/values_mut/1000000 -->
//!   their time.
//! * [`award_bonus_with_prefix`], bumping only the 10 % of players who are
//!   VIPs, still reads every name to test it, so it took
//!   5.0x<!-- ratio: bump_vip_subset/iter_mut_filter/1000000 over bump_every_score/values_mut/1000000 -->
//!   the time of bumping everyone with [`award_bonus`]. Lesson 02's
//!   filter-then-collect, which makes the same test and then copies and
//!   looks up every match, took
//!   2.8x<!-- ratio: bump_vip_subset/filter_then_collect/1000000 over bump_vip_subset/iter_mut_filter/1000000 -->
//!   the time of [`award_bonus_with_prefix`].
//!
//! ## When not to use it
//!
//! * To add players, or to act on other entries than the current one,
//!   collect what you need first (lesson 01), then mutate.
//! * To remove players on a condition, `retain` (lesson 04); its closure
//!   also receives `&mut V`, so it can bump the players it keeps.
//! * To remove players and keep the removed ones, `extract_if` (lesson 08).
//! * To insert or update one known key, the entry API (lesson 06).
//!
//! ## Scores at the top of the range
//!
//! Every function here adds with `saturating_add`: a player at `i32::MAX`
//! stays there, where `*score += 1` would panic in a debug build and wrap to
//! `i32::MIN` in a release build.
//!
//! ## Exercises
//!
//! Practise changing values in place, and the borrow that comes with it,
//! with rustlings (`cd exercises`):
//!
//! * `exercises/exercises/lesson07/l07_scale_to_best.rs`
//! * `exercises/exercises/lesson07/l07_late_penalty.rs`
//!
//! ---
//!
//! [← Lesson 06: the entry API](../lesson_06/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 08: `extract_if`, remove on a condition and keep what you removed →](../lesson_08/index.html)
#![forbid(unsafe_code)]

use std::collections::HashMap;

/// The points a player earns at the end of a round.
pub const BONUS: i32 = 1;

/// Awards [`BONUS`] to every player, writing through `values_mut()`.
///
/// One pass, no key vector, no lookup. A score at `i32::MAX` stays at
/// `i32::MAX` (`saturating_add`).
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// lesson_07::award_bonus(&mut scores);
/// assert_eq!(scores["Alice"], 11);
/// assert_eq!(scores["Bob"], 21);
/// ```
pub fn award_bonus(scores: &mut HashMap<String, i32>) {
    for score in scores.values_mut() {
        *score = score.saturating_add(BONUS);
    }
}

/// Awards [`BONUS`] to every player, writing through `iter_mut()`.
///
/// The same job and the same result as [`award_bonus`], written in the shape
/// you use when the key should take part in the decision: each turn receives
/// the name as `&String` and the score as `&mut i32`. Here every name
/// qualifies; [`award_bonus_with_prefix`] is the version where it matters.
/// A score at `i32::MAX` stays at `i32::MAX` (`saturating_add`).
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// lesson_07::award_bonus_iter_mut(&mut scores);
/// assert_eq!(scores["Alice"], 11);
/// assert_eq!(scores["Bob"], 21);
/// ```
pub fn award_bonus_iter_mut(scores: &mut HashMap<String, i32>) {
    for (_name, score) in scores.iter_mut() {
        *score = score.saturating_add(BONUS);
    }
}

/// Awards [`BONUS`] to the players whose name starts with `prefix`.
///
/// The key decides, the value changes: `iter_mut()` followed by a `filter`
/// on the key. Nothing is collected. The match is case-sensitive and
/// byte-exact (`"vip_"` does not match `"VIP_Carol"`), and the empty prefix
/// matches every player. A score at `i32::MAX` stays at `i32::MAX`
/// (`saturating_add`).
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("VIP_Carol"), 30),
///     (String::from("Bob"), 20),
/// ]);
/// lesson_07::award_bonus_with_prefix(&mut scores, "VIP_");
/// assert_eq!(scores["VIP_Carol"], 31);
/// assert_eq!(scores["Bob"], 20);
/// ```
pub fn award_bonus_with_prefix(scores: &mut HashMap<String, i32>, prefix: &str) {
    for (_name, score) in scores
        .iter_mut()
        .filter(|(name, _score)| name.starts_with(prefix))
    {
        *score = score.saturating_add(BONUS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use testkit::hashing::counting_map;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    /// A way to bump every player, and its name for failure messages.
    type Strategy = (&'static str, fn(&mut HashMap<String, i32>));

    /// Every way this lesson offers to bump everyone.
    const EVERYONE: [Strategy; 3] = [
        ("award_bonus", award_bonus),
        ("award_bonus_iter_mut", award_bonus_iter_mut),
        ("award_bonus_with_prefix(\"\")", |s| {
            award_bonus_with_prefix(s, "");
        }),
    ];

    #[test]
    fn everyone_gets_the_bonus_on_the_articles_board() {
        for (label, bump) in EVERYONE {
            let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
            bump(&mut scores);
            assert_eq!(scores, board(&[("Alice", 11), ("Bob", 21)]), "{label}");
        }
    }

    #[test]
    fn an_empty_board_stays_empty() {
        for (label, bump) in EVERYONE {
            let mut scores = HashMap::new();
            bump(&mut scores);
            assert!(scores.is_empty(), "{label}");
        }
        let mut scores = HashMap::new();
        award_bonus_with_prefix(&mut scores, "VIP_");
        assert!(scores.is_empty());
    }

    #[test]
    fn one_player_gets_exactly_one_point() {
        for (label, bump) in EVERYONE {
            let mut scores = board(&[("字", -1)]);
            bump(&mut scores);
            assert_eq!(scores, board(&[("字", 0)]), "{label}");
        }
    }

    #[test]
    fn scores_saturate_at_i32_max_and_leave_i32_min() {
        for (label, bump) in EVERYONE {
            let mut scores = board(&[("Zoë", i32::MAX), ("Жанна", i32::MIN), ("😀", i32::MAX - 1)]);
            bump(&mut scores);
            assert_eq!(
                scores,
                board(&[("Zoë", i32::MAX), ("Жанна", i32::MIN + 1), ("😀", i32::MAX)]),
                "{label}"
            );
        }
    }

    #[test]
    fn prefix_bumps_only_matching_names() {
        let mut scores = board(&[
            ("VIP_Carol", 30),
            ("VIP_Жанна", i32::MAX),
            ("vip_dave", 5),
            ("VIP", 7),
            ("Bob", 20),
        ]);
        award_bonus_with_prefix(&mut scores, "VIP_");
        assert_eq!(
            scores,
            board(&[
                ("VIP_Carol", 31),
                ("VIP_Жанна", i32::MAX),
                ("vip_dave", 5),
                ("VIP", 7),
                ("Bob", 20),
            ])
        );
    }

    #[test]
    fn non_ascii_prefix_matches_whole_characters() {
        let mut scores = board(&[("Жанна", 1), ("Жора", 2), ("Émile", 3), ("E", 4)]);
        award_bonus_with_prefix(&mut scores, "Ж");
        assert_eq!(
            scores,
            board(&[("Жанна", 2), ("Жора", 3), ("Émile", 3), ("E", 4)])
        );
    }

    #[test]
    fn a_prefix_nobody_has_changes_nothing() {
        let original = board(&[("Alice", 10), ("Bob", 20)]);
        let mut scores = original.clone();
        award_bonus_with_prefix(&mut scores, "Alice and Bob");
        assert_eq!(scores, original);
    }

    #[test]
    fn the_whole_name_is_a_prefix_of_itself() {
        let mut scores = board(&[("Alice", 10), ("Alicia", 20), ("Al", 30)]);
        award_bonus_with_prefix(&mut scores, "Alice");
        assert_eq!(scores, board(&[("Alice", 11), ("Alicia", 20), ("Al", 30)]));
    }

    #[test]
    fn the_values_mut_loop_hashes_no_key_while_a_key_vector_hashes_each_one() {
        // A map whose hasher counts the keys it hashes (`testkit::hashing`).
        let mut scores = counting_map(8, [("Alice".to_owned(), 10_i32), ("Bob".to_owned(), 20)]);
        let state = scores.hasher().clone();

        // The loop of `award_bonus`, on a map whose hasher counts.
        state.reset();
        for score in scores.values_mut() {
            *score = score.saturating_add(BONUS);
        }
        assert_eq!(state.hashes(), 0);

        // Lesson 01's loop: one lookup, so one hash, per key.
        state.reset();
        let keys: Vec<String> = scores.keys().cloned().collect();
        for key in keys {
            if let Some(score) = scores.get_mut(&key) {
                *score = score.saturating_add(BONUS);
            }
        }
        assert_eq!(state.hashes(), 2);
        assert_eq!(scores["Alice"], 12);
        assert_eq!(scores["Bob"], 22);
    }
}
