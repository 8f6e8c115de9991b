//! # Lesson 06: the entry API
//!
//! > **You will be able to:** update or insert one key with a single lookup
//! > (`entry`, `and_modify`, `or_insert`); read the E0502 an unfinished
//! > `Entry` causes; choose between `entry` and `get_mut` by the key you hold.
//! >
//! > **The one idea:** `entry` looks the key up once and keeps the map's
//! > `&mut` borrow until you act on what it found.
//!
//! ## The problem
//!
//! Points arrive one event at a time during a match: "Alice +5", "Bob −30",
//! "Дмитрий +7". Each event adds to the player's score, or puts a newcomer on
//! the board with those points. Written with `get_mut`
//! ([`record_points_two_lookups`]), a newcomer costs two lookups: `get_mut`
//! hashes the name and probes the table to learn that it is missing, then
//! `insert` hashes it and probes again.
//!
//! ```
//! # use std::collections::HashMap;
//! fn record_points_two_lookups(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
//!     if let Some(score) = scores.get_mut(player) {
//!         *score = score.saturating_add(points);
//!     } else {
//!         scores.insert(player.to_owned(), points);
//!     }
//! }
//! # let mut scores = HashMap::new();
//! # record_points_two_lookups(&mut scores, "Alice", 5);
//! # assert_eq!(scores["Alice"], 5);
//! ```
//!
//! ## The fix: one lookup with `entry`
//!
//! `scores.entry(key)` hashes the key, probes once, and hands back what it
//! found. `and_modify` runs its closure only if the player was there,
//! `or_insert` only if not ([`record_points`]; run this with
//! `cargo run -p lesson-06 --example playground-06`):
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! On a miss, `entry` has already hashed the name and made room for one more
//! player, so `or_insert` neither hashes it nor looks for the player again;
//! it only picks a free place. The unit tests count one hash per call, hit
//! or miss, against two for a newcomer with `get_mut` then `insert`.
//!
//! ## `Entry` is an enum
//!
//! `entry` returns [`Entry`]: `Occupied` when the key was found (read,
//! change or remove its value), `Vacant` when it was not (the entry holds
//! the key, its hash, and room already reserved: a unit test shows that on
//! a full board a vacant entry grows the table even if nothing is inserted).
//! `and_modify` and `or_insert` are a `match` written for you; write it
//! yourself when the two cases need different work, as
//! [`record_points_reporting`] does to tell a newcomer from an update:
//!
//! ```
//! # use std::collections::HashMap;
//! use std::collections::hash_map::Entry;
//! # let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 10)]);
//! # let (player, points) = ("Alice", 5);
//! match scores.entry(player.to_owned()) {
//!     Entry::Occupied(mut occupied) => {
//!         let score = occupied.get_mut();
//!         *score = score.saturating_add(points);
//!     }
//!     Entry::Vacant(vacant) => {
//!         vacant.insert(points);
//!     }
//! }
//! # assert_eq!(scores["Alice"], 15);
//! ```
//!
//! ## Why it works: the entry holds the map
//!
//! What `entry` found stays true only while nobody changes the table: an
//! insert elsewhere could move the player's slot (by growing the table) or
//! use up the room a vacant entry reserved. So an `Entry` keeps the map's
//! `&mut` borrow until it is used up, and reading the map in between is
//! E0502 ([`compile_fail/use_map_while_entry_alive.rs`](../iterate_and_mutate/index.html#use_map_while_entry_alive)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/use_map_while_entry_alive.stderr"), "```")]
//!
//! *mutable borrow occurs here* is where the entry's borrow starts,
//! *mutable borrow later used here* is where it is still needed, and the
//! read under the caret falls between them. It is lesson 01's E0502 with the
//! roles swapped: there a shared borrow (the iterator) blocked a write; here
//! an exclusive one (the entry) blocks even a read. Read the map before
//! `entry`, or finish with the entry first.
//!
//! The source article recommends the entry API "to insert or update
//! atomically", but nothing here is atomic: `entry` takes `&mut self`, so it
//! cannot even be called through a shared reference, let alone from two
//! threads at once:
//!
//! ```compile_fail,E0596
//! use std::collections::HashMap;
//!
//! fn record(scores: &HashMap<String, i32>) {
//!     scores.entry(String::from("Alice")).or_insert(0);
//! }
//! ```
//!
//! What you get is one lookup whose answer the borrow checker keeps valid.
//!
//! ## Getting the score back
//!
//! `or_insert` returns a `&mut` to the value now in the map, found or
//! inserted, so [`score_slot`] is "get it or insert it" in one line:
//!
//! ```
//! # use std::collections::HashMap;
//! fn score_slot<'a>(scores: &'a mut HashMap<String, i32>, player: &str) -> &'a mut i32 {
//!     scores.entry(player.to_owned()).or_insert(0)
//! }
//! # let mut scores = HashMap::new();
//! # *score_slot(&mut scores, "Alice") = 3;
//! # assert_eq!(scores["Alice"], 3);
//! ```
//!
//! `or_insert(value)` computes `value` even when the player exists;
//! `or_insert_with(f)` calls `f` only for a vacant entry ([`score_slot_with`];
//! a test counts the calls); `or_default()` inserts `V::default()`, handy
//! for collections: [`log_points`] keeps each player's events with
//! `history.entry(name).or_default().push(points)`.
//!
//! ## Why the two-lookup version cannot return the reference
//!
//! Without `entry`, the same function does not compile
//! ([`compile_fail/get_or_insert_returns_reference.rs`](../iterate_and_mutate/index.html#get_or_insert_returns_reference), E0499 twice):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/get_or_insert_returns_reference.stderr"), "```")]
//!
//! On the `Some` path the borrow from `get_mut` is returned, so it must last
//! for `'a`, the caller's lifetime (*returning this value requires that
//! `*map` is borrowed for `'a`*). Today's borrow checker (non-lexical
//! lifetimes, NLL) gives that borrow one lifetime for the whole function,
//! so it is still alive on the `None` path, where `insert` and the last
//! `get_mut` need the map. Yet on that path `v` does not exist and nothing
//! is borrowed: this is "NLL problem case #3", a known limit of the
//! analysis, not a bug in your code. On stable, [`score_slot`] is the fix,
//! one borrow returned on both paths; without `entry`, look up again
//! ([`score_slot_two_lookups`]):
//!
//! ```
//! # use std::collections::HashMap;
//! fn score_slot_two_lookups<'a>(scores: &'a mut HashMap<String, i32>, player: &str) -> &'a mut i32 {
//!     if !scores.contains_key(player) {
//!         scores.insert(player.to_owned(), 0);
//!     }
//!     scores.get_mut(player).expect("the player was just inserted")
//! }
//! # assert_eq!(*score_slot_two_lookups(&mut HashMap::new(), "Alice"), 0);
//! ```
//!
//! ### Polonius, the next borrow checker
//!
//! Polonius tracks which borrows are alive along each path, and accepts the
//! function as written. On `rustc 1.97.0-nightly (e50aa6fba 2026-05-19)` it
//! takes a flag: `rustc +nightly -Zpolonius=next` compiles the gallery file
//! unchanged, while that nightly's default checker rejects it like 1.95.
//! `tests/polonius.rs` asserts the flag's verdict on any installed nightly
//! and prints the default checker's without asserting it, which depends on
//! the nightly's date: as this course was written, nightlies since
//! 2026-08-06 use Polonius Alpha by default (rust-lang/rust#159343, tracking
//! issue rust-lang/rust#160456), and stabilization was planned.
//!
//! Once stable Rust checks borrows as `-Zpolonius=next` does, this function
//! compiles and the workaround [`score_slot_two_lookups`] is no longer
//! needed; `entry` stays the way to do the job in one lookup. Nothing else
//! in the gallery changes: under the flag every other case fails with its pinned
//! error codes (the root package's `tests/polonius.rs` checks each one
//! against the README's table). Some are not borrow errors at all (E0594:
//! `HashMap` has no `IndexMut`; E0277: `String` is not `Copy`). The others
//! are real conflicts, not limits of the analysis: on the very path that
//! reaches the second borrow, the first is used again afterwards (the
//! loop's iterator at its next turn, the collected `Vec<&String>`, the
//! `Entry`, the `Drain`). Accepting them would let a reference be used after
//! the map may have moved what it points at, or a read happen while another
//! borrow has exclusive access.
//!
//! ## What it costs
//!
//! `entry` takes its key by value, because on a miss it stores it; for a
//! `HashMap<String, i32>` a `&str` does not do:
//!
//! ```compile_fail,E0308
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> = HashMap::new();
//! scores.entry("Alice").or_insert(0);
//! ```
//!
//! So [`record_points`] builds a `String` with `player.to_owned()` on every
//! call; when the player is already there, the map keeps its own key and
//! drops the new one (a unit test checks that the map's key is still the
//! same allocation). `get_mut(player)` looks up with the `&str` and builds
//! nothing. Counted by the unit tests (hashes) and by
//! `costs/tests/allocations.rs` (allocations):
//!
//! | player on the board? | `entry(player.to_owned())` | `get_mut`, then `insert` |
//! |----------------------|----------------------------|--------------------------|
//! | yes                  | 1 lookup + 1 allocation    | 1 lookup                 |
//! | no                   | 1 lookup + 1 allocation    | 2 lookups + 1 allocation |
//!
//! `costs/benches/update_one_key.rs` times 100 updates to different players,
//! named by `&str`s or by `String`s built beforehand ([`record_points_owned`]
//! for `entry`), which tells building the key apart from the lookups:
//!
//! * **A known player.** `get_mut` with the `&str` was the fastest. At
//!   1 000 000 players, every way that handled an owned `String` took
//!   longer: [`record_points`]
//!   1.8x<!-- ratio: update_one_key/entry_present/1000000 over update_one_key/get_mut_then_insert_present/1000000 -->
//!   its time, `to_owned()` then `get_mut`
//!   1.8x<!-- ratio: update_one_key/to_owned_then_get_mut_present/1000000 over update_one_key/get_mut_then_insert_present/1000000 -->,
//!   and even `get_mut` given a name built before the timed run (then
//!   dropped)
//!   1.7x<!-- ratio: update_one_key/get_mut_then_insert_owned_key_present/1000000 over update_one_key/get_mut_then_insert_present/1000000 -->.
//!   Given such names, `entry` and `get_mut` took the same time
//!   (1.0x<!-- ratio: update_one_key/entry_owned_key_present/1000000 over update_one_key/get_mut_then_insert_owned_key_present/1000000 -->):
//!   the lookup is not the difference, the `String` is.
//! * **A newcomer.** Given names built beforehand, `entry` saves the second
//!   lookup: `get_mut` then `insert` took
//!   1.7x<!-- ratio: update_one_key/get_mut_then_insert_owned_key_missing/1000 over update_one_key/entry_owned_key_missing/1000 -->
//!   its time at 1 000 players,
//!   1.1x<!-- ratio: update_one_key/get_mut_then_insert_owned_key_missing/1000000 over update_one_key/entry_owned_key_missing/1000000 -->
//!   at 1 000 000. With `&str` names both build the `String`: then
//!   [`record_points_two_lookups`] took
//!   1.3x<!-- ratio: update_one_key/get_mut_then_insert_missing/1000 over update_one_key/entry_missing/1000 -->
//!   the time of [`record_points`] at 1 000 players, but [`record_points`]
//!   took
//!   1.2x<!-- ratio: update_one_key/entry_missing/1000000 over update_one_key/get_mut_then_insert_missing/1000000 -->
//!   the time of [`record_points_two_lookups`] at 1 000 000.
//!
//! So choose by the key you hold. An owned key you can give away, or a
//! `Copy` key such as a `u64` id, goes to `entry`: there is nothing to
//! build, and a newcomer costs one lookup instead of two. A `&str` for
//! `String` keys goes to `get_mut`, with `insert(player.to_owned())` on a
//! miss, when most players are already on the board: it builds no `String`
//! for them. When most events are newcomers, `entry(player.to_owned())` was
//! ahead on the small board and behind on the large one: measure your own.
//! [`score_slot`] and [`score_slot_two_lookups`] are the same trade for a
//! returned reference. Clippy's `map_entry` lint, on by default, flags
//! `contains_key` followed by `insert` of the same key; it stays quiet
//! about [`score_slot_two_lookups`], whose `insert` takes
//! `player.to_owned()`, not `player` (`tests/clippy_lint.rs`).
//!
//! ## When not to use it
//!
//! * To change every score there is no single key: `values_mut()` (lesson 07).
//! * To remove players on a condition: `retain` (lesson 04).
//! * To call `&mut` map methods for each of many keys, collect the keys
//!   first (lesson 01), then call `entry` inside that loop if you like.
//!
//! ## Scores at both ends of the range
//!
//! Points can be negative (a penalty). Every function here adds with
//! `saturating_add`, so a score stays at `i32::MAX` when it gains points and
//! at `i32::MIN` when it loses some; `+=` would panic in a debug build and
//! wrap in a release build. A newcomer is stored with exactly their points.
//! Through the `&mut i32` of [`score_slot`] the care is yours:
//! `*slot = slot.saturating_add(points)`.
//!
//! ## Exercises
//!
//! Practise the entry API, and its borrow, with rustlings (`cd exercises`):
//!
//! * `exercises/exercises/lesson06/l06_cached_page.rs`
//! * `exercises/exercises/lesson06/l06_add_links.rs`
//!
//! ---
//!
//! [← Lesson 05: `drain`, move everything out and keep the map](../lesson_05/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 07: change the values in place with `values_mut` and `iter_mut` →](../lesson_07/index.html)
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Adds `points` to `player`'s score, or puts `player` on the board with
/// `points` if they are not there yet, with a single lookup.
///
/// `points` may be negative (a penalty). The addition saturates: a score at
/// `i32::MAX` stays there when it gains points, and a score at `i32::MIN`
/// stays there when it loses some. Allocates a `String` for the key on every
/// call, even when the player already exists (see "What it costs").
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// lesson_06::record_points(&mut scores, "Alice", 5);
/// lesson_06::record_points(&mut scores, "Bob", -3);
/// assert_eq!(scores["Alice"], 15);
/// assert_eq!(scores["Bob"], -3);
/// ```
pub fn record_points(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
    scores
        .entry(player.to_owned())
        .and_modify(|score| *score = score.saturating_add(points))
        .or_insert(points);
}

/// Does what [`record_points`] does for an event that already owns the
/// player's name: the `String` goes to `entry` as it is, so nothing is
/// allocated. If the player is on the board, the map keeps the key it has
/// and drops `player`.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// lesson_06::record_points_owned(&mut scores, String::from("Alice"), 5);
/// lesson_06::record_points_owned(&mut scores, String::from("Bob"), i32::MIN);
/// assert_eq!(scores["Alice"], 15);
/// assert_eq!(scores["Bob"], i32::MIN);
/// ```
pub fn record_points_owned(scores: &mut HashMap<String, i32>, player: String, points: i32) {
    scores
        .entry(player)
        .and_modify(|score| *score = score.saturating_add(points))
        .or_insert(points);
}

/// Does exactly what [`record_points`] does, with `get_mut` and then, for a
/// player who is not on the board, `insert`.
///
/// Two hash lookups for a new player, one for a known player, and a `String`
/// allocation only for a new player. Saturates at `i32::MAX` and `i32::MIN`
/// like [`record_points`].
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), i32::MAX)]);
/// lesson_06::record_points_two_lookups(&mut scores, "Alice", 5);
/// lesson_06::record_points_two_lookups(&mut scores, "Bob", 7);
/// assert_eq!(scores["Alice"], i32::MAX);
/// assert_eq!(scores["Bob"], 7);
/// ```
pub fn record_points_two_lookups(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
    if let Some(score) = scores.get_mut(player) {
        *score = score.saturating_add(points);
    } else {
        // `score` does not exist on this path and the borrow taken by
        // `get_mut` is not returned, so the map is free to borrow again.
        scores.insert(player.to_owned(), points);
    }
}

/// What [`record_points_reporting`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The player was not on the board and now has `score`.
    Joined {
        /// The new player's score: the points they were given.
        score: i32,
    },
    /// The player was on the board; their score went from `before` to `after`.
    Updated {
        /// The score before the points were added.
        before: i32,
        /// The score after the (saturating) addition.
        after: i32,
    },
}

/// Does what [`record_points`] does, with an explicit `match` on the
/// [`Entry`] enum, and reports which of the two cases happened.
///
/// Saturates at `i32::MAX` and `i32::MIN` like [`record_points`].
///
/// ```
/// use std::collections::HashMap;
/// use lesson_06::{Recorded, record_points_reporting};
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// assert_eq!(
///     record_points_reporting(&mut scores, "Alice", 5),
///     Recorded::Updated { before: 10, after: 15 }
/// );
/// assert_eq!(
///     record_points_reporting(&mut scores, "Дмитрий", 7),
///     Recorded::Joined { score: 7 }
/// );
/// ```
pub fn record_points_reporting(
    scores: &mut HashMap<String, i32>,
    player: &str,
    points: i32,
) -> Recorded {
    match scores.entry(player.to_owned()) {
        Entry::Occupied(mut occupied) => {
            let score = occupied.get_mut();
            let before = *score;
            *score = before.saturating_add(points);
            Recorded::Updated {
                before,
                after: *score,
            }
        }
        Entry::Vacant(vacant) => {
            vacant.insert(points);
            Recorded::Joined { score: points }
        }
    }
}

/// Returns a mutable reference to `player`'s score, first putting `player`
/// on the board with `0` if they are not there.
///
/// This is the stable-Rust fix for "NLL problem case #3" (see the chapter):
/// one borrow of the map, returned on both paths. Adding through the
/// reference is the caller's job: use `saturating_add` on it, not `+=`.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// let slot = lesson_06::score_slot(&mut scores, "Émile");
/// *slot = slot.saturating_add(4);
/// assert_eq!(scores["Émile"], 4);
/// assert_eq!(*lesson_06::score_slot(&mut scores, "Alice"), 10);
/// ```
pub fn score_slot<'a>(scores: &'a mut HashMap<String, i32>, player: &str) -> &'a mut i32 {
    scores.entry(player.to_owned()).or_insert(0)
}

/// Like [`score_slot`], but a new player starts with the score returned by
/// `starting_score`, which is called only if `player` is not on the board.
///
/// ```
/// use std::collections::HashMap;
/// let last_season = HashMap::from([("Émile", 40)]);
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
///
/// let start = || last_season.get("Émile").copied().unwrap_or(0);
/// assert_eq!(*lesson_06::score_slot_with(&mut scores, "Émile", start), 40);
///
/// // Alice is on the board: the closure is never called.
/// let never = || unreachable!("Alice is already on the board");
/// assert_eq!(*lesson_06::score_slot_with(&mut scores, "Alice", never), 10);
/// ```
pub fn score_slot_with<'a>(
    scores: &'a mut HashMap<String, i32>,
    player: &str,
    starting_score: impl FnOnce() -> i32,
) -> &'a mut i32 {
    scores
        .entry(player.to_owned())
        .or_insert_with(starting_score)
}

/// Does what [`score_slot`] does without the entry API: `contains_key`, an
/// `insert` for a new player, then `get_mut` for the reference it returns.
///
/// Allocates a `String` only for a new player, at the price of two lookups
/// for a known player and three for a new one.
///
/// # Panics
///
/// Never in practice: the final `get_mut` looks up a key that is on the
/// board, either because it was there or because it was just inserted.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// assert_eq!(*lesson_06::score_slot_two_lookups(&mut scores, "Alice"), 10);
/// assert_eq!(*lesson_06::score_slot_two_lookups(&mut scores, "字"), 0);
/// assert_eq!(scores.len(), 2);
/// ```
pub fn score_slot_two_lookups<'a>(
    scores: &'a mut HashMap<String, i32>,
    player: &str,
) -> &'a mut i32 {
    if !scores.contains_key(player) {
        scores.insert(player.to_owned(), 0);
    }
    scores
        .get_mut(player)
        .expect("the player is on the board: found, or just inserted")
}

/// Appends `points` to `player`'s list of events, starting an empty list
/// with `or_default` the first time the player appears.
///
/// Nothing is added up, so nothing can overflow: the list keeps every event.
///
/// ```
/// use std::collections::HashMap;
/// let mut history = HashMap::new();
/// lesson_06::log_points(&mut history, "Bob", 20);
/// lesson_06::log_points(&mut history, "Bob", -30);
/// assert_eq!(history["Bob"], [20, -30]);
/// ```
pub fn log_points(history: &mut HashMap<String, Vec<i32>>, player: &str, points: i32) {
    history.entry(player.to_owned()).or_default().push(points);
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use testkit::hashing::{CountingState, counting_map};

    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    /// Every way this lesson offers to record points, so each test checks all of them.
    type Recorder = fn(&mut HashMap<String, i32>, &str, i32);

    fn reporting(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
        record_points_reporting(scores, player, points);
    }

    fn owned(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
        record_points_owned(scores, player.to_owned(), points);
    }

    const RECORDERS: [(&str, Recorder); 4] = [
        ("record_points", record_points),
        ("record_points_owned", owned),
        ("record_points_two_lookups", record_points_two_lookups),
        ("record_points_reporting", reporting),
    ];

    fn each_recorder(start: &[(&str, i32)], player: &str, points: i32, expected: &[(&str, i32)]) {
        for (name, record) in RECORDERS {
            let mut scores = board(start);
            record(&mut scores, player, points);
            assert_eq!(scores, board(expected), "{name}");
        }
    }

    #[test]
    fn a_new_player_is_inserted_into_an_empty_board() {
        each_recorder(&[], "Alice", 5, &[("Alice", 5)]);
    }

    #[test]
    fn a_known_player_gains_points() {
        each_recorder(&[("Alice", 10)], "Alice", 5, &[("Alice", 15)]);
    }

    #[test]
    fn a_new_player_joins_the_others() {
        each_recorder(&[("Alice", 10)], "Bob", 3, &[("Alice", 10), ("Bob", 3)]);
    }

    #[test]
    fn a_penalty_lowers_a_score_below_zero() {
        each_recorder(&[("Bob", 20)], "Bob", -30, &[("Bob", -10)]);
    }

    #[test]
    fn a_new_player_can_start_with_a_penalty() {
        each_recorder(&[], "Bob", -30, &[("Bob", -30)]);
    }

    #[test]
    fn zero_points_still_put_a_new_player_on_the_board() {
        each_recorder(&[("Alice", 1)], "Bob", 0, &[("Alice", 1), ("Bob", 0)]);
    }

    #[test]
    fn points_saturate_at_i32_max() {
        each_recorder(&[("字", i32::MAX)], "字", 1, &[("字", i32::MAX)]);
        each_recorder(&[("字", i32::MAX - 1)], "字", i32::MAX, &[("字", i32::MAX)]);
    }

    #[test]
    fn penalties_saturate_at_i32_min() {
        each_recorder(&[("Ж", i32::MIN)], "Ж", -1, &[("Ж", i32::MIN)]);
        each_recorder(&[("Ж", -5)], "Ж", i32::MIN, &[("Ж", i32::MIN)]);
    }

    #[test]
    fn extreme_points_for_new_players_are_stored_as_given() {
        each_recorder(&[], "😀", i32::MIN, &[("😀", i32::MIN)]);
        each_recorder(&[], "😀", i32::MAX, &[("😀", i32::MAX)]);
    }

    #[test]
    fn the_extremes_cancel_without_overflow() {
        each_recorder(&[("é", i32::MAX)], "é", i32::MIN, &[("é", -1)]);
    }

    #[test]
    fn names_differing_only_in_case_or_accent_are_different_players() {
        each_recorder(
            &[("emile", 1), ("Émile", 2)],
            "Emile",
            3,
            &[("emile", 1), ("Émile", 2), ("Emile", 3)],
        );
    }

    #[test]
    fn the_empty_name_is_a_player_like_any_other() {
        each_recorder(&[("", 1)], "", 2, &[("", 3)]);
    }

    #[test]
    fn record_points_reporting_says_what_happened() {
        let mut scores = board(&[("Alice", i32::MAX)]);
        assert_eq!(
            record_points_reporting(&mut scores, "Alice", 1),
            Recorded::Updated {
                before: i32::MAX,
                after: i32::MAX
            }
        );
        assert_eq!(
            record_points_reporting(&mut scores, "Ж", i32::MIN),
            Recorded::Joined { score: i32::MIN }
        );
        assert_eq!(
            record_points_reporting(&mut scores, "Ж", -1),
            Recorded::Updated {
                before: i32::MIN,
                after: i32::MIN
            }
        );
        assert_eq!(scores, board(&[("Alice", i32::MAX), ("Ж", i32::MIN)]));
    }

    #[test]
    fn entry_keeps_the_maps_own_key_and_drops_the_new_one() {
        let mut scores = board(&[("Alice", 10)]);
        let before = scores.get_key_value("Alice").map(|(k, _)| k.as_ptr());
        record_points(&mut scores, "Alice", 5);
        let after = scores.get_key_value("Alice").map(|(k, _)| k.as_ptr());
        // Same heap buffer: the `String` built by `to_owned` was not stored.
        assert_eq!(before, after);
        assert_eq!(scores["Alice"], 15);
    }

    #[test]
    fn an_owned_name_is_stored_for_a_newcomer_and_dropped_for_a_known_player() {
        let mut scores = board(&[("Alice", 10)]);
        let kept = scores.get_key_value("Alice").map(|(k, _)| k.as_ptr());
        record_points_owned(&mut scores, String::from("Alice"), 5);
        assert_eq!(scores.get_key_value("Alice").map(|(k, _)| k.as_ptr()), kept);

        let newcomer = String::from("Дмитрий");
        let given = newcomer.as_ptr();
        record_points_owned(&mut scores, newcomer, 7);
        // The very `String` handed over is now the map's key: nothing copied.
        let stored = scores.get_key_value("Дмитрий").map(|(k, _)| k.as_ptr());
        assert_eq!(stored, Some(given));
        assert_eq!(scores, board(&[("Alice", 15), ("Дмитрий", 7)]));
    }

    /// A board with no room left: one more player would grow the table.
    fn full_board() -> HashMap<String, i32> {
        let mut scores = HashMap::new();
        let mut players = (0_u32..).map(|i| format!("p{i}"));
        while scores.len() < scores.capacity() || scores.is_empty() {
            let player = players.next().expect("an endless supply of names");
            scores.insert(player, 0);
        }
        scores
    }

    #[test]
    fn a_vacant_entry_makes_room_even_if_nothing_is_inserted() {
        let mut scores = full_board();
        let (len, capacity) = (scores.len(), scores.capacity());
        assert_eq!(len, capacity, "the board is full");

        // A known player: the entry is occupied, nothing to make room for.
        drop(scores.entry(String::from("p0")));
        assert_eq!(scores.capacity(), capacity);

        // A newcomer: `entry` reserves room before returning `Vacant`.
        let entry = scores.entry(String::from("Ж"));
        assert!(matches!(entry, Entry::Vacant(_)));
        drop(entry);
        assert_eq!(scores.len(), len, "nobody was inserted");
        assert!(scores.capacity() > len, "but the table grew");
    }

    type Slot = for<'a> fn(&'a mut HashMap<String, i32>, &str) -> &'a mut i32;

    const SLOTS: [(&str, Slot); 2] = [
        ("score_slot", score_slot),
        ("score_slot_two_lookups", score_slot_two_lookups),
    ];

    #[test]
    fn score_slot_inserts_zero_for_a_new_player() {
        for (name, slot) in SLOTS {
            let mut scores = HashMap::new();
            assert_eq!(*slot(&mut scores, "😀"), 0, "{name}");
            assert_eq!(scores, board(&[("😀", 0)]), "{name}");
        }
    }

    #[test]
    fn score_slot_returns_the_existing_score_untouched() {
        for (name, slot) in SLOTS {
            let mut scores = board(&[("Alice", i32::MIN), ("Bob", i32::MAX)]);
            assert_eq!(*slot(&mut scores, "Bob"), i32::MAX, "{name}");
            assert_eq!(*slot(&mut scores, "Alice"), i32::MIN, "{name}");
            assert_eq!(scores.len(), 2, "{name}");
        }
    }

    #[test]
    fn writing_through_score_slot_changes_the_board() {
        for (name, slot) in SLOTS {
            let mut scores = board(&[("Alice", i32::MAX)]);
            let alice = slot(&mut scores, "Alice");
            *alice = alice.saturating_add(1);
            let zoe = slot(&mut scores, "Zoë");
            *zoe = zoe.saturating_add(-7);
            assert_eq!(scores, board(&[("Alice", i32::MAX), ("Zoë", -7)]), "{name}");
        }
    }

    #[test]
    fn or_insert_with_calls_the_closure_only_for_a_new_player() {
        let calls = Cell::new(0_u32);
        let start = || {
            calls.set(calls.get().saturating_add(1));
            40
        };
        let mut scores = board(&[("Alice", 10)]);
        assert_eq!(*score_slot_with(&mut scores, "Alice", start), 10);
        assert_eq!(calls.get(), 0);
        assert_eq!(*score_slot_with(&mut scores, "Émile", start), 40);
        assert_eq!(calls.get(), 1);
        assert_eq!(*score_slot_with(&mut scores, "Émile", start), 40);
        assert_eq!(calls.get(), 1);
    }

    #[test]
    fn or_insert_computes_its_argument_even_for_a_known_player() {
        let calls = Cell::new(0_u32);
        let start = || {
            calls.set(calls.get().saturating_add(1));
            40
        };
        let mut scores = board(&[("Alice", 10)]);
        let alice = *scores.entry(String::from("Alice")).or_insert(start());
        assert_eq!(alice, 10);
        // The value was computed, then thrown away.
        assert_eq!(calls.get(), 1);
    }

    #[test]
    fn score_slot_with_can_start_at_the_extremes() {
        let mut scores = HashMap::new();
        assert_eq!(*score_slot_with(&mut scores, "a", || i32::MAX), i32::MAX);
        assert_eq!(*score_slot_with(&mut scores, "b", || i32::MIN), i32::MIN);
        assert_eq!(scores, board(&[("a", i32::MAX), ("b", i32::MIN)]));
    }

    /// Alice's board, on a map whose hasher counts how many times it hashes
    /// a key, one hash per lookup (`testkit::hashing`), the counter at zero.
    /// Room for sixteen players, so it never grows during a test (growing
    /// rehashes every key).
    fn counting_board() -> HashMap<String, i32, CountingState> {
        counting_map(16, [(String::from("Alice"), 10)])
    }

    // The same bodies as `record_points` and `record_points_two_lookups`,
    // on a map whose hasher counts: the lookups in the chapter's table.
    #[test]
    fn entry_hashes_once_whether_the_player_exists_or_not() {
        for player in ["Alice", "Bob"] {
            let mut scores = counting_board();
            scores
                .entry(player.to_owned())
                .and_modify(|score| *score = score.saturating_add(5))
                .or_insert(5);
            assert_eq!(scores.hasher().hashes(), 1, "{player}");
        }
    }

    #[test]
    fn get_mut_then_insert_hashes_once_for_a_known_player_twice_for_a_new_one() {
        for (player, expected) in [("Alice", 1), ("Bob", 2)] {
            let mut scores = counting_board();
            if let Some(score) = scores.get_mut(player) {
                *score = score.saturating_add(5);
            } else {
                scores.insert(player.to_owned(), 5);
            }
            assert_eq!(scores.hasher().hashes(), expected, "{player}");
        }
    }

    #[test]
    fn contains_key_then_get_mut_hashes_twice_or_three_times() {
        for (player, expected) in [("Alice", 2), ("Bob", 3)] {
            let mut scores = counting_board();
            if !scores.contains_key(player) {
                scores.insert(player.to_owned(), 0);
            }
            let slot = scores.get_mut(player).expect("on the board");
            assert_eq!(*slot, if player == "Alice" { 10 } else { 0 });
            assert_eq!(scores.hasher().hashes(), expected, "{player}");
        }
    }

    #[test]
    fn log_points_starts_an_empty_list_then_appends_in_order() {
        let mut history = HashMap::new();
        log_points(&mut history, "字", i32::MAX);
        log_points(&mut history, "Ж", -1);
        log_points(&mut history, "字", i32::MAX);
        assert_eq!(history.len(), 2);
        assert_eq!(history["字"], [i32::MAX, i32::MAX]);
        assert_eq!(history["Ж"], [-1]);
    }
}
