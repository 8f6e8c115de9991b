//! # Lesson 07: change the values in place with `values_mut` and `iter_mut`
//!
//! ## The problem
//!
//! The job that opens the source article is the simplest one in the course:
//! a round has ended and every player on the leaderboard earns one point. The
//! article's first loop walks `&scores` and calls `get_mut` inside it, which
//! `rustc` rejects with E0502 (lesson 01, pinned in
//! `compile_fail/get_mut_inside_iter_loop.rs`). Its fix is to clone every key
//! into a vector and look each one up again.
//!
//! That fix works, but it answers a harder question than the one asked.
//! Nothing here adds or removes a player; only the numbers change. For that,
//! the map already offers an iterator that hands out the values themselves,
//! ready to be written through.
//!
//! ## The fix
//!
//! `values_mut()` yields one `&mut i32` per entry. Write through it and the
//! job is done ([`award_bonus`]):
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> =
//!     HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! for score in scores.values_mut() {
//!     *score = score.saturating_add(1);
//! }
//! assert_eq!(scores["Alice"], 11);
//! assert_eq!(scores["Bob"], 21);
//! ```
//!
//! No key vector, no clone, no second lookup, one pass over the table.
//!
//! When the decision depends on the name, `iter_mut()` yields pairs
//! `(&String, &mut i32)`: the key to read, the value to write.
//! [`award_bonus_iter_mut`] is the same job written that way, and
//! [`award_bonus_with_prefix`] bumps only the players whose name starts with
//! a prefix, by putting a `filter` on the key in front of the loop. That is
//! the subset job of lesson 02 (filter the keys, then collect them), with the
//! same result and nothing collected.
//!
//! ## Why this compiles when the article's opening loop does not
//!
//! The article's loop holds two borrows of the same map at once: the shared
//! borrow of the `for` loop's iterator and, inside it, the exclusive borrow
//! `get_mut` asks for. Rust allows many readers or one writer, never both.
//!
//! `values_mut()` and `iter_mut()` borrow the map mutably **once**, when the
//! loop starts, and that single exclusive borrow lasts until the loop ends.
//! There is no second borrow to conflict with it. Out of that one borrow the
//! iterator lends you, turn by turn, an `&mut` to each **value**, never the
//! same value twice. It never lends you an `&mut` to the map itself, so
//! nothing in the loop body can `insert`, `remove` or otherwise change the
//! table's structure while the iterator is walking it: only the numbers
//! stored in the slots change, and the slots stay where they are.
//!
//! The keys come out as `&String`, never `&mut String`. A key decides which
//! bucket its entry lives in; rewriting it in place would leave the entry in
//! the wrong bucket, so the map does not give you the means to.
//!
//! ## When you still need to collect the keys
//!
//! The exclusive borrow is held by the iterator for the whole loop, so the
//! loop body cannot use the map through any other path. You still need
//! lesson 01's key vector, or another tool, when the loop must:
//!
//! * change the map's **structure**: `insert` or `remove` an entry;
//! * call any other `&mut self` method of the map: `get_mut` of **another**
//!   key, `entry`, `retain`, `clear` ...;
//! * even **read** the map through its own name (`scores.get("Bob")`,
//!   `scores.len()`): a shared borrow cannot start while the exclusive one is
//!   alive either.
//!
//! You do **not** need it when the loop changes values in place, whether by
//! the same rule for everyone (`values_mut`) or by a rule that depends on the
//! entry's own key (`iter_mut`).
//!
//! Trying to insert from inside an `iter_mut` loop is rejected with E0499
//! (pinned in `compile_fail/insert_inside_iter_mut_loop.rs`):
//!
//! ```text
//! error[E0499]: cannot borrow `scores` as mutable more than once at a time
//!   --> compile_fail/insert_inside_iter_mut_loop.rs:13:9
//!    |
//! 11 |     for (name, score) in scores.iter_mut() {
//!    |                          -----------------
//!    |                          |
//!    |                          first mutable borrow occurs here
//!    |                          first borrow later used here
//! 12 |         *score = score.saturating_add(1);
//! 13 |         scores.insert(format!("{name}_bonus"), 100);
//!    |         ^^^^^^ second mutable borrow occurs here
//! ```
//!
//! Read it the way you read lesson 01's E0502. Both borrows here are
//! mutable, so the labels tell them apart as *first* and *second* instead of
//! "immutable" and "mutable":
//!
//! * *first mutable borrow occurs here* is where the loop's exclusive borrow
//!   **starts**: the call to `iter_mut()`;
//! * *first borrow later used here* is why it is still **alive**: the loop
//!   asks that same iterator for the next entry at the top of every turn;
//! * *second mutable borrow occurs here*, under the caret, is the `insert`
//!   that needs the map exclusively while the iterator still has it.
//!
//! The danger is real: an `insert` may grow the table, moving every entry to
//! a new allocation, and both the iterator and the `score` reference it just
//! handed out would point into freed memory (lesson 00). The fix is to keep
//! the two phases apart: change values and **note** the new entries during
//! the loop, insert them after it, when the iterator is gone.
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
//! Calling `get_mut` for **another** player from inside the loop fails the
//! same way, E0499, because it too borrows the whole map, not one value:
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
//! And merely reading the map inside the loop is E0502, a shared borrow
//! meeting the loop's exclusive one:
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
//! Nothing beyond the walk itself: no allocation, no clone of any key, and
//! no hashing. (The allocations are counted by the `costs` crate's dhat test,
//! `costs/tests/allocations.rs`: zero for [`award_bonus`],
//! [`award_bonus_iter_mut`] and [`award_bonus_with_prefix`].) The loop
//! visits the table's slots in storage order and never looks a key up, where
//! lesson 01 clones every key and then hashes each one in its `get_mut`
//! lookup. (A unit test in this file counts them with a counting hasher:
//! zero hashes for the `values_mut` loop, one per key for lesson 01's.)
//! [`award_bonus_with_prefix`] compares each key with the prefix, which is
//! exactly what lesson 02's filter does before it starts cloning.
//!
//! Timed on a board of 1 000 000 players (`costs/benches/bump_every_score.rs`
//! and `costs/benches/bump_vip_subset.rs`, table in
//! `README.md#what-it-costs`; ratios only, since times depend on the
//! machine):
//!
//! * [`award_bonus`] (`values_mut`) and [`award_bonus_iter_mut`] were
//!   equally fast (1.0x), with 0 allocations each. Lesson 01's collected
//!   keys took 78x their time.
//! * [`award_bonus_with_prefix`], bumping only the 10 % of players who are
//!   VIPs, still reads every name to test it, so it took 6.3x the time of
//!   bumping everyone with [`award_bonus`]. It was nonetheless 2.7x faster
//!   than lesson 02's filter-then-collect, which does the same test and then
//!   copies and looks up every match.
//!
//! ## When not to use it
//!
//! * To add players, or to act on other entries than the current one, collect
//!   what you need first (lesson 01), then mutate.
//! * To remove players on a condition, `retain` (lesson 04); its closure also
//!   receives `&mut V`, so it can bump the players it keeps in the same pass.
//! * To remove players and keep the removed ones, `extract_if` (lesson 08).
//! * To insert or update a single known key, the entry API (lesson 06); no
//!   loop at all.
//!
//! ## Scores at the top of the range
//!
//! Every function here adds with `saturating_add`. A player already at
//! `i32::MAX` stays at `i32::MAX`: no panic in a debug build, and no silent
//! wrap to `i32::MIN` in a release build, which `*score += 1` would do.
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
