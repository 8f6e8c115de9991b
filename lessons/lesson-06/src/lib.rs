//! # Lesson 06: the entry API
//!
//! ## The problem
//!
//! A match is in progress and points arrive one event at a time: "Alice +5",
//! "Bob −30 (penalty)", "Дмитрий +7". For each event the leaderboard must add
//! the points to the player's score if the player is already on the board,
//! and put the player on the board with those points if not.
//!
//! That is two questions about the same key ("is it there?" and "where does
//! it go?"), and the naive way asks the map twice. The entry API asks once:
//! `scores.entry(key)` hashes the key, probes the table a single time, and
//! hands back the answer as a value you can act on.
//!
//! ## Two lookups: `get_mut`, then `insert`
//!
//! [`record_points_two_lookups`] is the version most people write first:
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
//! It is correct. When the player exists, `get_mut` finds the score and that
//! is one lookup. When the player is missing, `get_mut` hashes the name and
//! probes the table to learn that, and then `insert` hashes the same name
//! and probes again to find a free slot: two lookups.
//!
//! ## The fix: one lookup with `entry`
//!
//! [`record_points`] does the same job in one expression:
//!
//! ```
//! # use std::collections::HashMap;
//! # let mut scores: HashMap<String, i32> = HashMap::new();
//! # let (player, points) = ("Alice", 5);
//! scores
//!     .entry(player.to_owned())
//!     .and_modify(|score| *score = score.saturating_add(points))
//!     .or_insert(points);
//! # assert_eq!(scores["Alice"], 5);
//! ```
//!
//! `entry` does the lookup once. `and_modify` runs its closure only if the
//! player was found; `or_insert` inserts only if the player was missing. On a
//! miss, `entry` has already hashed the key and made room for one more
//! player before handing back its answer, so `or_insert` does not hash the
//! name again (the unit tests count the hashes: one per call, hit or miss)
//! and does not search for the player again; it only has to pick a free
//! place for the new entry. Both steps act on the one answer `entry`
//! produced.
//!
//! ## `Entry` is an enum
//!
//! There is no magic in those combinators. `entry` returns
//! [`std::collections::hash_map::Entry`], an enum with two variants:
//!
//! * `Entry::Occupied(OccupiedEntry)`: the key was found, and the entry can
//!   read, change or remove its value;
//! * `Entry::Vacant(VacantEntry)`: the key was not found; the entry keeps
//!   the key and its hash, and the table already has room for it (`entry`
//!   reserved that room, which a unit test shows: on a full board a vacant
//!   entry grows the table even if you never insert). `insert` stores it.
//!
//! `and_modify` and `or_insert` are a `match` on that enum written for you.
//! When the two cases need different work, write the `match` yourself, as
//! [`record_points_reporting`] does to tell the caller whether a player
//! joined or had their score changed:
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
//! What `entry` found is only true as long as nobody else changes the
//! table. An occupied entry points at the player's slot, which an insert
//! elsewhere could move (by growing the table) or a remove could empty; a
//! vacant entry counts on the room reserved for it, which another insert
//! could use up. Rust guarantees that nobody does, because an `Entry` holds
//! the map's `&mut` borrow until it is used up. Try to read the map in between and the program does not compile
//! (pinned in `compile_fail/use_map_while_entry_alive.rs`):
//!
//! ```text
//! error[E0502]: cannot borrow `scores` as immutable because it is also borrowed as mutable
//!   --> compile_fail/use_map_while_entry_alive.rs:9:45
//!    |
//!  8 |     let entry = scores.entry(String::from("Bob"));
//!    |                 ------ mutable borrow occurs here
//!  9 |     println!("{} players before Bob joins", scores.len());
//!    |                                             ^^^^^^ immutable borrow occurs here
//! 10 |     entry.or_insert(0);
//!    |     ----- mutable borrow later used here
//! ```
//!
//! Read the three labels in order. *mutable borrow occurs here* is where
//! the entry's borrow **starts** (`scores.entry`); *mutable borrow later used
//! here* is where it is still **needed** (`entry.or_insert`); *immutable
//! borrow occurs here*, under the caret, is the read that falls between
//! them. It is lesson 01's E0502 with the roles swapped: there a long-lived
//! shared borrow (the iterator) blocked a write; here a long-lived exclusive
//! borrow (the entry) blocks even a read. The fix is the same kind: move the
//! read before `entry`, or finish with the entry first.
//!
//! ### Not "atomic"
//!
//! The source article recommends the entry API "to insert or update
//! atomically". That word belongs to threads, and there are none here. A
//! `HashMap` is not a concurrent map: `entry` takes `&mut self`, so no other
//! code can touch the map during the call, whether on this thread or
//! another. Through a shared reference it is simply refused:
//!
//! ```compile_fail,E0596
//! use std::collections::HashMap;
//!
//! fn record(scores: &HashMap<String, i32>) {
//!     scores.entry(String::from("Alice")).or_insert(0);
//! }
//! ```
//!
//! What the entry API gives you is one lookup whose result the borrow
//! checker keeps valid until you have used it. To share a board between
//! threads you would put it behind a `Mutex`, and then it is the lock, not
//! `entry`, that makes the update indivisible.
//!
//! ## Getting the score back: `or_insert`, `or_insert_with`, `or_default`
//!
//! `or_insert` returns `&mut V`, a reference to the value that is in the map
//! afterwards, whether it was found or just inserted. [`score_slot`] is the
//! whole "get it or insert it" job in one line:
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
//! Two relatives differ only in where the default comes from:
//!
//! * `or_insert(value)` takes a value that is computed **before** the call,
//!   so it is computed even when the player exists and it is thrown away.
//!   Fine for `0`; wasteful for anything expensive.
//! * `or_insert_with(f)` takes a closure and calls it **only** when the entry
//!   is vacant. [`score_slot_with`] uses it for a starting score looked up
//!   somewhere else (last season's table, in the story); the tests count the
//!   calls to prove that a player already on the board costs no lookup there.
//! * `or_default()` inserts `V::default()`. For an `i32` that is `0`, the same
//!   as `or_insert(0)`; it shines when the value is a collection, where the
//!   default is "empty": [`log_points`] keeps every player's list of events
//!   with `history.entry(name).or_default().push(points)`.
//!
//! ## Why the two-lookup version cannot return the reference
//!
//! [`record_points_two_lookups`] compiled. Change it to *return* the score
//! instead of updating it, and it does not, although it looks equally safe
//! (pinned in `compile_fail/get_or_insert_returns_reference.rs`):
//!
//! ```compile_fail,E0499
//! use std::collections::HashMap;
//!
//! fn get_or_insert<'a>(map: &'a mut HashMap<String, i32>, key: &str) -> &'a mut i32 {
//!     if let Some(v) = map.get_mut(key) {
//!         return v;
//!     }
//!     map.insert(key.to_owned(), 0);
//!     map.get_mut(key).unwrap()
//! }
//! ```
//!
//! `rustc` 1.95 reports E0499 twice, once for `insert` and once for the final
//! `get_mut`; the first report reads:
//!
//! ```text
//! error[E0499]: cannot borrow `*map` as mutable more than once at a time
//!   --> compile_fail/get_or_insert_returns_reference.rs:10:5
//!    |
//!  6 | fn get_or_insert<'a>(map: &'a mut HashMap<String, i32>, key: &str) -> &'a mut i32 {
//!    |                  -- lifetime `'a` defined here
//!  7 |     if let Some(v) = map.get_mut(key) {
//!    |                      --- first mutable borrow occurs here
//!  8 |         return v;
//!    |                - returning this value requires that `*map` is borrowed for `'a`
//!  9 |     }
//! 10 |     map.insert(key.to_owned(), 0);
//!    |     ^^^ second mutable borrow occurs here
//! ```
//!
//! The four labels tell the whole story. *first mutable borrow occurs here*:
//! `get_mut` borrows the map. *returning this value requires that `*map` is
//! borrowed for `'a`*: on the `Some` path that borrow becomes the return
//! value, so it must last for `'a`, the caller's whole lifetime, which
//! *lifetime `'a` defined here* points at. *second mutable borrow occurs
//! here*: `insert` needs the map again.
//!
//! A human sees that `insert` only runs on the `None` path, where `v` does
//! not exist and nothing is borrowed. Today's borrow checker (non-lexical
//! lifetimes, NLL) does not: it gives the borrow created by `get_mut` one
//! lifetime for the whole function, and since one path returns it, that
//! lifetime is `'a`, which covers every later point on **every** path,
//! including the `None` one. The Rust team calls this "NLL problem case #3";
//! it is a known limitation, not a bug in your code.
//!
//! The next borrow checker, Polonius, tracks which borrows are live along
//! each path, and accepts this function. It is only on nightly, behind a
//! `-Z` flag. On this machine, with `rustc 1.97.0-nightly (e50aa6fba
//! 2026-05-19)` from `rustup run nightly rustc --version`, the pinned case
//! file was:
//!
//! * rejected with the same two E0499 errors by
//!   `rustup run nightly rustc --edition 2024 --emit=metadata compile_fail/get_or_insert_returns_reference.rs`
//!   (a newer compiler alone does not help: the default checker is still NLL);
//! * accepted by the same command with `-Zpolonius` added, and with
//!   `-Zpolonius=next` added.
//!
//! `tests/polonius.rs` re-runs these checks on the very file the stable
//! gallery pins, asserting the two E0499 errors without the flag and a clean
//! compile with each flag. It needs a nightly toolchain: if `rustup run
//! nightly rustc --version` fails, the test writes a `SKIPPED` line to the
//! terminal and passes, so on such a machine it proves nothing and only the
//! stable rejection (pinned by the gallery) is checked.
//!
//! On stable, use the entry API: [`score_slot`] is this function, fixed, with
//! a single borrow of the map that is returned on both paths. The other
//! stable fix gives up on returning the first borrow and looks up again,
//! [`score_slot_two_lookups`]:
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
//! Neither borrow of `contains_key` escapes, so each ends at once; only the
//! last `get_mut` is returned.
//!
//! ## What it costs
//!
//! The entry API saves a lookup. It does not save an allocation, and for
//! `String` keys it can cost one. `entry` takes the key **by value**, an
//! owned `String`, because on a miss it must store it; a `&str` does not do:
//!
//! ```compile_fail,E0308
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> = HashMap::new();
//! scores.entry("Alice").or_insert(0);
//! ```
//!
//! So [`record_points`] calls `player.to_owned()`, which allocates a new
//! `String` (for any non-empty name) on **every** call, even when the player
//! is already on the board. In that case the map keeps the key it already
//! has and the new `String` is dropped unused (a unit test checks that the
//! map's key is still the same allocation afterwards). `get_mut(player)`,
//! by contrast, looks up with the borrowed `&str` and allocates nothing.
//!
//! | player already on the board? | `entry(player.to_owned())` | `get_mut`, then `insert` |
//! |------------------------------|----------------------------|--------------------------|
//! | yes                          | 1 lookup + 1 allocation    | 1 lookup                 |
//! | no                           | 1 lookup + 1 allocation    | 2 lookups + 1 allocation |
//!
//! (The lookups are counted, not guessed: the unit tests run the same code
//! on a map whose hasher counts how often it is asked to hash a key, one hash
//! per lookup. The allocations are counted too, by the `costs` crate's dhat
//! test, `costs/tests/allocations.rs`: one `String` for `entry` whether the
//! player is present or not, none for `get_mut` on a present player.)
//!
//! Timed by `costs/benches/update_one_key.rs` (100 updates to different
//! players; table in `README.md#what-it-costs`), the difference shows:
//!
//! * For a player already on the board, [`record_points`] took 2.0x the
//!   time of [`record_points_two_lookups`] on a board of 1 000 players (1.8x
//!   at 1 000 000), and allocated a name on every call, against none.
//! * For a new player, both allocate the name once. At 1 000 players
//!   [`record_points`] was 1.3x faster, its one lookup against two; at
//!   1 000 000 the order turned round (it took 1.2x the time): on a big
//!   board the saved lookup is not a gain to count on.
//!
//! Hence the honest rule. With `String` keys, when most events are for
//! players who are already on the board (the usual case once a match is
//! under way), the two-lookup form does less work: it pays its extra lookup
//! only for newcomers, and never allocates for a known player. The entry
//! form is the better choice when misses are common (it saves a lookup per
//! newcomer, the 1.3x above), when the key is already an owned `String` you
//! were going to give away (then there is nothing extra to allocate), and
//! whenever the key is `Copy`, like a `u64` player id (lesson 03), which
//! needs no allocation to pass by value. Returning a reference
//! is the same trade: [`score_slot`] always allocates, while
//! [`score_slot_two_lookups`] allocates only on a miss but looks up twice
//! on a hit and three times on a miss. If it matters, measure.
//!
//! (The workspace enables clippy's `map_entry` lint, which suggests `entry`
//! for a `contains_key` followed by `insert`. It stays quiet about
//! [`score_slot_two_lookups`], because the key it inserts,
//! `player.to_owned()`, is not the expression it looked up, `player`.)
//!
//! ## When not to use it
//!
//! * To change every score, you have no single key to look up: iterate with
//!   `values_mut()` (lesson 07).
//! * To remove players on a condition, use `retain` (lesson 04); to run
//!   `&mut` map methods for each of many keys, collect the keys first
//!   (lesson 01), and then `entry` is a fine thing to call in that loop.
//! * With `String` keys that are nearly always present, prefer `get_mut`
//!   with an `insert` fallback, as above.
//!
//! ## Scores at both ends of the range
//!
//! Points can be negative: a penalty is just negative points. Every function
//! here that adds to an existing score uses `saturating_add`, so a score at
//! `i32::MAX` that gains points stays at `i32::MAX`, and a score at
//! `i32::MIN` that takes a penalty stays at `i32::MIN`. With `+=` the first
//! would panic in a debug build and silently wrap to `i32::MIN` in a release
//! build, sending the leader to the bottom of the board. A new player is
//! inserted with exactly their points, with no arithmetic at all. When you
//! hold a `&mut i32` from [`score_slot`], the same care is yours:
//! `*slot = slot.saturating_add(points)`, not `*slot += points`.
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

    const RECORDERS: [(&str, Recorder); 3] = [
        ("record_points", record_points),
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
