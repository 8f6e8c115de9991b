//! # Lesson 02: filter before you collect
//!
//! > **You will be able to:** collect only the keys a loop needs, by
//! > filtering on the iterator before `cloned()`; count what a chain of
//! > iterator adapters allocates; say exactly which names `starts_with`
//! > matches.
//! >
//! > **The one idea:** iterator adapters run one item at a time, left to
//! > right, so a key that fails `filter` never reaches `cloned()` and is never
//! > copied.
//!
//! ## The problem
//!
//! Lesson 01 gave every player a bonus point by cloning **all** the keys
//! into a vector and then updating the map through that vector. Now only the
//! VIPs earn the point: the players whose name starts with `VIP_`. The
//! lesson 01 loop still works if the test moves inside it
//! ([`award_bonus_with_prefix_collect_all`]):
//!
//! ```
//! # use std::collections::HashMap;
//! # let mut scores: HashMap<String, i32> = HashMap::from([(String::from("VIP_Ada"), 1), (String::from("Bob"), 2)]);
//! let keys: Vec<String> = scores.keys().cloned().collect(); // clones every key
//! for key in keys {
//!     if !key.starts_with("VIP_") {
//!         continue; // this key was cloned for nothing
//!     }
//!     if let Some(score) = scores.get_mut(&key) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! # assert_eq!(scores["VIP_Ada"], 2);
//! # assert_eq!(scores["Bob"], 2);
//! ```
//!
//! The answer is right, but every key was cloned (one fresh `String` each)
//! only for most of them to be thrown away after a single test. On a board
//! of a million players with a hundred VIPs, that is a million string
//! allocations to find a hundred names (the `costs` crate counts them
//! exactly: `collecting_keys_allocates_a_vector_and_every_key` in
//! `costs/tests/allocations.rs`).
//!
//! ## The fix
//!
//! Move the test in front of `cloned()`, onto the iterator
//! (`cargo run -p lesson-02 --example playground-02`; [`keys_with_prefix`] and
//! [`award_bonus_with_prefix`] are the same chain):
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! Iterator adapters are lazy and run one item at a time, left to right. For
//! each key, `filter` asks its closure first; a key that fails never reaches
//! `cloned()`, so it is never copied. The vector ends up holding exactly the
//! matching names, and its length is exactly the number of `String`s that
//! were cloned (a unit test counts what reaches `cloned()`). The story
//! (`cargo run -p lesson-02`) prints that number next to the size of the
//! board.
//!
//! Order matters: `.cloned().filter(..)` would give the same vector, but
//! every key would be copied before the test threw most of the copies away.
//! The closure receives `&&String`, a reference to the `&String` the `Keys`
//! iterator yields, because `filter` only lends each item to its test;
//! method calls see through both references, so `name.starts_with(..)` reads
//! as if `name` were the name itself.
//!
//! ## Why it works
//!
//! The borrow story is lesson 01's: `keys()` borrows the map, the borrow
//! ends when `collect()` returns a vector of **owned** `String`s, and then the
//! loop is free to call `get_mut`. Putting a `filter` in the chain does not
//! change who owns what.
//!
//! Dropping `cloned()` does. Then `collect()` builds a `Vec<&String>`,
//! references into the map, and the vector keeps the map borrowed for as
//! long as the loop reads it: E0502, pinned in
//! [`compile_fail/filter_then_collect_references.rs`](../iterate_and_mutate/index.html#filter_then_collect_references):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/filter_then_collect_references.stderr"), "```")]
//!
//! The labels read as in lesson 01: *immutable borrow occurs here* under
//! `scores` on the collecting line, where the shared borrow starts and moves
//! into `keys`; *immutable borrow later used here* under `keys` on the `for`
//! line, where the loop still needs it; *mutable borrow occurs here* under
//! `get_mut`, the write in between. The fix goes on the first label: add
//! `.cloned()` before `.collect()`. No label points at `filter`, because it
//! is not the problem: this is lesson 01's
//! [`compile_fail/collect_key_references.rs`](../iterate_and_mutate/index.html#collect_key_references) with a narrower vector.
//!
//! ## What it costs
//!
//! * the `filter` adapter allocates nothing: it is a small value that wraps
//!   the `Keys` iterator and the closure (with a closure that captures
//!   nothing, it is exactly as big as `Keys` alone; a unit test checks this);
//! * `cloned()` makes one new `String` for **each key that passes** the
//!   filter, each with its own heap buffer (a unit test checks that a
//!   collected name does not share the map's buffer); only the empty name
//!   `""`, having no bytes, needs none;
//! * `collect()` allocates the vector that holds them.
//!
//! So filtering first turns "a vector of *n* names plus *n* string
//! allocations" into "a vector of *m* names plus *m* string allocations",
//! where *m* is the number of matches. The filter itself still visits all *n*
//! keys: the saving is in copies, not in the walk over the map. After the
//! collect, `get_mut` hashes each match to find it again: *m* hashes, in both
//! versions, since the collect-all loop skips the others before its lookup
//! (a unit test counts them).
//!
//! Measured on a board of 1 000 000 players of whom 10 % are VIPs (`costs/`,
//! table in `README.md#what-it-costs`), [`award_bonus_with_prefix`] made
//! 100 016 allocations (the 100 000 copied VIP names, plus 16 for the vector:
//! its first allocation and 15 reallocations as it grew, since a filtered
//! iterator cannot say in advance how many keys will pass) instead of the
//! 1 000 001 of [`award_bonus_with_prefix_collect_all`], and took 2.4x<!-- ratio: bump_vip_subset/collect_all_then_test/1000000 over bump_vip_subset/filter_then_collect/1000000 --> less
//! time. Lesson 07's `iter_mut().filter()` loop was 2.8x<!-- ratio: bump_vip_subset/filter_then_collect/1000000 over bump_vip_subset/iter_mut_filter/1000000 --> faster still, and
//! allocates nothing. `costs/tests/allocations.rs`
//! (`filtering_first_clones_only_the_matches`) checks the allocation counts
//! exactly in `cargo test`; the times come from
//! `costs/benches/bump_vip_subset.rs` (ratios only: the times themselves
//! depend on the machine).
//!
//! ## What "starts with" means here
//!
//! [`str::starts_with`] compares bytes, so the answer is exact and literal:
//!
//! * it is **case-sensitive**: `vip_Ken` is not a VIP;
//! * the underscore is part of the prefix: `VIPx` is not a VIP either;
//! * the **empty prefix** matches every name, since every string starts with
//!   `""`: [`award_bonus_with_prefix`] with `""` bumps the whole board, and
//!   [`keys_with_prefix`] with `""` clones every key, exactly like lesson 01;
//! * non-ASCII names work, byte for byte: `Жора` starts with `Ж`, `字母`
//!   with `字`, `😀_fan` with `😀`. But `é` can be written as one code point
//!   (U+00E9) or as `e` followed by a combining accent (U+0301); the two look
//!   identical and are different bytes, so one does not match the other. If
//!   your names come from users, normalise them before they become keys.
//!
//! ## When not to use it
//!
//! If the loop only changes values, as the VIP bonus does, no key vector is
//! needed at all. Iterating `&mut scores` (that is, `scores.iter_mut()`)
//! hands out each key next to a mutable reference to its value, so the test
//! and the update happen in one pass, with no clone and no lookup at all.
//! Lesson 07 teaches it, and its `award_bonus_with_prefix` is this lesson's
//! job done that way:
//!
//! ```
//! # use std::collections::HashMap;
//! # let mut scores: HashMap<String, i32> = HashMap::from([(String::from("VIP_Ada"), 1), (String::from("Bob"), 2)]);
//! for (name, score) in &mut scores {
//!     if name.starts_with("VIP_") {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! # let mut expected: HashMap<String, i32> = HashMap::from([(String::from("VIP_Ada"), 1), (String::from("Bob"), 2)]);
//! # lesson_02::award_vip_bonus(&mut expected);
//! # assert_eq!(scores, expected);
//! ```
//!
//! Collecting the filtered keys earns its cost when the loop must call the
//! map's own `&mut self` methods (`remove`, `insert`, `entry`), which no
//! iterator over the map allows while it is alive. To remove the entries
//! that fail a test, `retain` does it in one pass (lesson 04). And if nearly
//! every key matches, filtering first saves almost nothing: with the empty
//! prefix it saves exactly nothing.
//!
//! ## Scores at the top of the range
//!
//! The bonus is added with `saturating_add`, as in every lesson of this
//! course: a VIP already at `i32::MAX` stays at `i32::MAX`, instead of
//! panicking in a debug build or wrapping round to `i32::MIN` in a release
//! build.
//!
//! ## Exercises
//!
//! Practise this lesson with the classroom exercises (run `rustlings` inside
//! `exercises/`):
//!
//! * `exercises/exercises/lesson02/l02_fold_case.rs`
//! * `exercises/exercises/lesson02/l02_promote_guests.rs`
//!
//! Then the quiz, a job with its rules and no word about the tool:
//! `exercises/exercises/quizzes/quiz1_remove_node.rs` (lessons 00 to 02).
//!
//! ---
//!
//! [← Lesson 01: collect the keys first](../lesson_01/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 03: copied keys →](../lesson_03/index.html)
#![forbid(unsafe_code)]

use std::collections::HashMap;

/// The prefix that marks a VIP player's name. Case-sensitive, underscore included.
pub const VIP_PREFIX: &str = "VIP_";

/// The points each matching player earns.
pub const BONUS: i32 = 1;

/// Returns the names that start with `prefix`, cloned out of the map, **sorted**.
///
/// Only the matching keys are cloned: `filter` runs before `cloned()`, so the
/// length of the result is the number of `String`s this call allocated. The
/// vector is sorted so that it can be printed and compared (a `HashMap`
/// yields its keys in a different order in every process).
///
/// `prefix` is compared byte for byte: case-sensitive, and the empty prefix
/// matches every key.
///
/// ```
/// use std::collections::HashMap;
/// let scores = HashMap::from([
///     (String::from("VIP_Zoe"), 3),
///     (String::from("Bob"), 2),
///     (String::from("VIP_Ada"), 1),
///     (String::from("vip_Ken"), 4),
/// ]);
/// let vips = lesson_02::keys_with_prefix(&scores, lesson_02::VIP_PREFIX);
/// assert_eq!(vips, ["VIP_Ada", "VIP_Zoe"]);
/// ```
#[must_use]
pub fn keys_with_prefix(scores: &HashMap<String, i32>, prefix: &str) -> Vec<String> {
    let mut keys: Vec<String> = scores
        .keys()
        .filter(|k| k.starts_with(prefix))
        .cloned()
        .collect();
    // Keys of a map are distinct, so an unstable sort gives the one order.
    keys.sort_unstable();
    keys
}

/// Awards [`BONUS`] to every player whose name starts with `prefix`.
///
/// Filters the keys, then clones and collects only the matches, then updates
/// each one with `get_mut`. Other players are untouched. A score at
/// `i32::MAX` stays at `i32::MAX` (`saturating_add`). The empty prefix
/// matches, and so bumps, every player.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("VIP_Ada"), 10), (String::from("Bob"), 20)]);
/// lesson_02::award_bonus_with_prefix(&mut scores, "VIP_");
/// assert_eq!(scores["VIP_Ada"], 11);
/// assert_eq!(scores["Bob"], 20);
/// ```
pub fn award_bonus_with_prefix(scores: &mut HashMap<String, i32>, prefix: &str) {
    // The filter runs before `cloned()`: a key that fails it is never copied.
    let keys: Vec<String> = scores
        .keys()
        .filter(|k| k.starts_with(prefix))
        .cloned()
        .collect();
    // The vector owns its names, so the map is no longer borrowed here.
    for key in keys {
        if let Some(score) = scores.get_mut(&key) {
            *score = score.saturating_add(BONUS);
        }
    }
}

/// Awards [`BONUS`] to every VIP: every player whose name starts with [`VIP_PREFIX`].
///
/// `vip_Ken` and `VIPx` are not VIPs (the test is case-sensitive and the
/// underscore is part of the prefix). A score at `i32::MAX` stays there.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("VIP_Ada"), 10),
///     (String::from("vip_Ken"), 10),
///     (String::from("VIPx"), 10),
/// ]);
/// lesson_02::award_vip_bonus(&mut scores);
/// assert_eq!(scores["VIP_Ada"], 11);
/// assert_eq!(scores["vip_Ken"], 10);
/// assert_eq!(scores["VIPx"], 10);
/// ```
pub fn award_vip_bonus(scores: &mut HashMap<String, i32>) {
    award_bonus_with_prefix(scores, VIP_PREFIX);
}

/// The contrast: awards [`BONUS`] to the players whose name starts with
/// `prefix`, but clones **every** key first and tests each one inside the loop.
///
/// The result is the same as [`award_bonus_with_prefix`]; the cost is not: it
/// allocates one `String` per player on the board, matching or not. A score
/// at `i32::MAX` stays at `i32::MAX`.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("VIP_Ada"), 10), (String::from("Bob"), 20)]);
/// let mut same = scores.clone();
/// lesson_02::award_bonus_with_prefix_collect_all(&mut scores, "VIP_");
/// lesson_02::award_bonus_with_prefix(&mut same, "VIP_");
/// assert_eq!(scores, same);
/// ```
pub fn award_bonus_with_prefix_collect_all(scores: &mut HashMap<String, i32>, prefix: &str) {
    // Every key is cloned here, including the ones the `if` below rejects.
    let keys: Vec<String> = scores.keys().cloned().collect();
    for key in keys {
        if !key.starts_with(prefix) {
            continue; // cloned for nothing
        }
        if let Some(score) = scores.get_mut(&key) {
            *score = score.saturating_add(BONUS);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use testkit::hashing::counting_map;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    /// Both loops of this lesson, on a board that counts its hashes: the walk
    /// over the keys hashes nothing, and each match is hashed once by
    /// `get_mut`, whether the filter ran before the collect or inside the loop.
    #[test]
    fn each_match_is_hashed_once_in_both_versions() {
        let entries: [(&str, i32); 4] = [("VIP_Ada", 1), ("VIP_Жора", 2), ("Bob", 3), ("vip_x", 4)];
        // A board whose hasher counts the keys it hashes (`testkit::hashing`),
        // the counter at zero, with room for more than the test needs.
        let counted = || counting_map(8, entries.map(|(name, score)| (name.to_owned(), score)));

        let mut scores = counted();
        let keys: Vec<String> = scores
            .keys()
            .filter(|k| k.starts_with(VIP_PREFIX))
            .cloned()
            .collect();
        assert_eq!(scores.hasher().hashes(), 0, "the walk hashes nothing");
        for key in keys {
            if let Some(score) = scores.get_mut(&key) {
                *score = score.saturating_add(BONUS);
            }
        }
        assert_eq!(scores.hasher().hashes(), 2, "filter first");

        let mut scores = counted();
        let keys: Vec<String> = scores.keys().cloned().collect();
        for key in keys {
            if !key.starts_with(VIP_PREFIX) {
                continue;
            }
            if let Some(score) = scores.get_mut(&key) {
                *score = score.saturating_add(BONUS);
            }
        }
        assert_eq!(scores.hasher().hashes(), 2, "collect all");
    }

    /// The signature both strategies share.
    type Award = fn(&mut HashMap<String, i32>, &str);

    /// Both strategies, so every behaviour below is checked on each of them.
    const STRATEGIES: [(&str, Award); 2] = [
        ("filter first", award_bonus_with_prefix),
        ("collect all", award_bonus_with_prefix_collect_all),
    ];

    #[test]
    fn only_the_matching_keys_are_collected() {
        let scores = board(&[
            ("VIP_Ada", 1),
            ("VIP_Zoe", 2),
            ("Bob", 3),
            ("Carol", 4),
            ("vip_Ken", 5),
            ("VIPx", 6),
        ]);
        let vips = keys_with_prefix(&scores, VIP_PREFIX);
        // Two names out of six; how many were cloned on the way is counted
        // by `keys_that_fail_the_filter_never_reach_cloned`.
        assert_eq!(vips, ["VIP_Ada", "VIP_Zoe"]);
    }

    #[test]
    fn keys_that_fail_the_filter_never_reach_cloned() {
        // `inspect` sits where `cloned()` would run: it sees only the matches.
        let scores = board(&[("VIP_Ada", 1), ("Bob", 2), ("Carol", 3), ("vip_x", 4)]);
        let mut reached_cloned = 0_usize;
        let keys: Vec<String> = scores
            .keys()
            .filter(|k| k.starts_with(VIP_PREFIX))
            .inspect(|_| reached_cloned = reached_cloned.saturating_add(1))
            .cloned()
            .collect();
        assert_eq!(keys, ["VIP_Ada"]);
        assert_eq!(reached_cloned, 1);

        // The other order gives the same vector, but all four keys are
        // cloned before the test throws three of the copies away.
        let mut cloned = 0_usize;
        let other_order: Vec<String> = scores
            .keys()
            .cloned()
            .inspect(|_| cloned = cloned.saturating_add(1))
            .filter(|k| k.starts_with(VIP_PREFIX))
            .collect();
        assert_eq!(other_order, keys);
        assert_eq!(cloned, scores.len());
    }

    #[test]
    fn keys_with_prefix_is_sorted() {
        let scores = board(&[("VIP_c", 0), ("VIP_a", 0), ("VIP_b", 0), ("VIP_", 0)]);
        assert_eq!(
            keys_with_prefix(&scores, VIP_PREFIX),
            ["VIP_", "VIP_a", "VIP_b", "VIP_c"]
        );
    }

    #[test]
    fn collected_keys_are_fresh_strings_not_the_maps() {
        // `cloned()` allocates: each collected name has its own buffer.
        let scores = board(&[("VIP_Ada", 1), ("VIP_Zoe", 2), ("Bob", 3)]);
        let vips = keys_with_prefix(&scores, VIP_PREFIX);
        for vip in &vips {
            let (in_map, _) = scores.get_key_value(vip).expect("collected from the map");
            assert_eq!(in_map, vip);
            assert_ne!(in_map.as_ptr(), vip.as_ptr(), "{vip} was not copied");
        }
    }

    #[test]
    fn the_filter_adapter_is_no_bigger_than_the_keys_it_wraps() {
        // No buffer inside `Filter`: it is the `Keys` iterator plus the
        // closure, and a closure that captures nothing has size zero.
        let scores = board(&[("VIP_Ada", 1)]);
        let keys = scores.keys();
        let filtered = scores.keys().filter(|k| k.starts_with(VIP_PREFIX));
        assert_eq!(size_of_val(&filtered), size_of_val(&keys));
        assert_eq!(filtered.count(), 1);
    }

    #[test]
    fn nothing_matches_nothing_collected() {
        let scores = board(&[("Bob", 1), ("Carol", 2)]);
        assert!(keys_with_prefix(&scores, VIP_PREFIX).is_empty());
    }

    #[test]
    fn empty_board() {
        assert!(keys_with_prefix(&HashMap::new(), VIP_PREFIX).is_empty());
        assert!(keys_with_prefix(&HashMap::new(), "").is_empty());
        for (strategy, award) in STRATEGIES {
            let mut scores = HashMap::new();
            award(&mut scores, VIP_PREFIX);
            assert!(scores.is_empty(), "{strategy}");
        }
        let mut scores = HashMap::new();
        award_vip_bonus(&mut scores);
        assert!(scores.is_empty());
    }

    #[test]
    fn one_entry() {
        for (strategy, award) in STRATEGIES {
            let mut scores = board(&[("VIP_Ada", 7)]);
            award(&mut scores, VIP_PREFIX);
            assert_eq!(scores, board(&[("VIP_Ada", 8)]), "{strategy}");
            award(&mut scores, "Bob");
            assert_eq!(scores, board(&[("VIP_Ada", 8)]), "{strategy}");
        }
    }

    #[test]
    fn the_empty_prefix_matches_every_key() {
        let scores = board(&[("VIP_Ada", 1), ("Bob", 2), ("", 3)]);
        assert_eq!(keys_with_prefix(&scores, ""), ["", "Bob", "VIP_Ada"]);
        for (strategy, award) in STRATEGIES {
            let mut scores = scores.clone();
            award(&mut scores, "");
            assert_eq!(
                scores,
                board(&[("VIP_Ada", 2), ("Bob", 3), ("", 4)]),
                "{strategy}"
            );
        }
    }

    #[test]
    fn a_prefix_equal_to_the_whole_name_matches() {
        let scores = board(&[("VIP_", 1), ("VIP", 2)]);
        assert_eq!(keys_with_prefix(&scores, VIP_PREFIX), ["VIP_"]);
    }

    #[test]
    fn the_test_is_case_sensitive_and_needs_the_underscore() {
        let near_misses = [
            ("vip_x", 1),
            ("VIPx", 2),
            ("Vip_Ada", 3),
            ("VIP", 4),
            (" VIP_", 5),
        ];
        let mut scores = board(&near_misses);
        scores.insert(String::from("VIP_x"), 0);
        assert_eq!(keys_with_prefix(&scores, VIP_PREFIX), ["VIP_x"]);
        award_vip_bonus(&mut scores);
        let mut expected = board(&near_misses);
        expected.insert(String::from("VIP_x"), 1);
        assert_eq!(scores, expected);
    }

    #[test]
    fn non_ascii_prefixes_and_keys() {
        let scores = board(&[
            ("Жора", 1),
            ("Женя", 2),
            ("Зоя", 3),
            ("字母", 4),
            ("😀_fan", 5),
            ("VIP_Zoë", 6),
            ("é_precomposed", 7),
            ("e\u{301}_decomposed", 8),
        ]);
        assert_eq!(keys_with_prefix(&scores, "Ж"), ["Женя", "Жора"]);
        assert_eq!(keys_with_prefix(&scores, "字"), ["字母"]);
        assert_eq!(keys_with_prefix(&scores, "😀"), ["😀_fan"]);
        assert_eq!(keys_with_prefix(&scores, VIP_PREFIX), ["VIP_Zoë"]);
        // Byte-wise: precomposed U+00E9 does not match `e` + U+0301.
        assert_eq!(keys_with_prefix(&scores, "\u{e9}"), ["é_precomposed"]);
        assert_eq!(
            keys_with_prefix(&scores, "e\u{301}"),
            ["e\u{301}_decomposed"]
        );
        for (strategy, award) in STRATEGIES {
            let mut bumped = scores.clone();
            award(&mut bumped, "Ж");
            let mut expected = scores.clone();
            expected.insert(String::from("Жора"), 2);
            expected.insert(String::from("Женя"), 3);
            assert_eq!(bumped, expected, "{strategy}");
        }
    }

    #[test]
    fn scores_saturate_at_i32_max() {
        for (strategy, award) in STRATEGIES {
            let mut scores = board(&[
                ("VIP_Max", i32::MAX),
                ("VIP_Min", i32::MIN),
                ("Max", i32::MAX),
            ]);
            award(&mut scores, VIP_PREFIX);
            assert_eq!(
                scores,
                board(&[
                    ("VIP_Max", i32::MAX),
                    ("VIP_Min", i32::MIN + 1),
                    ("Max", i32::MAX)
                ]),
                "{strategy}"
            );
        }
        let mut scores = board(&[("VIP_Max", i32::MAX)]);
        award_vip_bonus(&mut scores);
        assert_eq!(scores, board(&[("VIP_Max", i32::MAX)]));
    }

    #[test]
    fn award_vip_bonus_is_the_vip_prefix() {
        let scores = board(&[("VIP_Ada", 1), ("vip_x", 2), ("Bob", 3)]);
        let mut vip = scores.clone();
        award_vip_bonus(&mut vip);
        let mut prefix = scores;
        award_bonus_with_prefix(&mut prefix, "VIP_");
        assert_eq!(vip, prefix);
        assert_eq!(vip, board(&[("VIP_Ada", 2), ("vip_x", 2), ("Bob", 3)]));
    }
}
