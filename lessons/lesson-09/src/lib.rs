//! # Lesson 09: closures and pairs
//!
//! > **You will be able to:** read the closure forms of the borrow errors
//! > (E0500 among them) and rewrite them; change two or more entries of one
//! > map at the same time, with a defined answer when a name is repeated or
//! > missing; and walk a struct's map field while updating the struct.
//! >
//! > **The one idea:** a borrow takes the whole map (or the whole struct),
//! > however you spell it; to hold two places at once, ask for them in one
//! > call that can check they are different.
//!
//! ## A closure is not a way out
//!
//! Lesson 01's loop inserts a `"<name>_bonus"` entry per player. Moved into a
//! closure, the insert still fails, with a code you have not met yet:
//!
//! ```compile_fail,E0500
//! use std::collections::HashMap;
//!
//! fn add_bonus_entries(scores: &mut HashMap<String, i32>) {
//!     scores.keys().for_each(|name| {
//!         scores.insert(format!("{name}_bonus"), 100);
//!     });
//! }
//! ```
//!
//! The pinned diagnostic ([`compile_fail/insert_inside_for_each.rs`](../iterate_and_mutate/index.html#insert_inside_for_each)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/insert_inside_for_each.stderr"), "```")]
//!
//! Read its four labels the way lesson 01 reads E0502's:
//!
//! * *borrow occurs here*, under `scores` in `scores.keys()`: the iterator's
//!   shared borrow **starts**;
//! * *first borrow later used by call*, under `for_each`: the call that drives
//!   the iterator still **needs** it while it runs the closure;
//! * *closure construction occurs here*, under the caret: the second borrow is
//!   taken where the closure is **built**, not where it runs;
//! * *second borrow occurs due to use of `*scores` in closure*: the use inside
//!   the body that made the closure capture the map.
//!
//! A closure (without `move`) borrows what it uses from the moment it is
//! built. Inserting through `scores`, a `&mut` reference here, needs it
//! exclusively: what the Reference calls a
//! [unique immutable borrow](https://doc.rust-lang.org/reference/types/closure.html#unique-immutable-borrows-in-captures),
//! reported as E0500, "closure requires unique access". Written other ways,
//! the same conflict gets other codes, which name the kinds of borrow:
//!
//! | the walk | the closure | `scores` is | error | pinned in |
//! |---|---|---|---|---|
//! | `keys()` | inserts | a `&mut` parameter | E0500 | [`compile_fail/insert_inside_for_each.rs`](../iterate_and_mutate/index.html#insert_inside_for_each) |
//! | `keys()` | inserts | an owned local | E0502 | [`compile_fail/insert_inside_for_each_owned_map.rs`](../iterate_and_mutate/index.html#insert_inside_for_each_owned_map) |
//! | `values_mut()` | inserts | an owned local | E0499 | [`compile_fail/insert_inside_values_mut_for_each.rs`](../iterate_and_mutate/index.html#insert_inside_values_mut_for_each) |
//! | `values_mut()` | only reads `scores["Bob"]` | a `&mut` parameter | E0502 | [`compile_fail/read_map_inside_values_mut_for_each.rs`](../iterate_and_mutate/index.html#read_map_inside_values_mut_for_each) |
//! | `keys().map(..)`, never consumed | removes | a `&mut` parameter | E0500 | [`compile_fail/remove_inside_unconsumed_map.rs`](../iterate_and_mutate/index.html#remove_inside_unconsumed_map) |
//!
//! In the last row `map` is lazy and its iterator is dropped unused: the
//! closure would never run, but the borrow checker looks at what a closure
//! captures and where it is built, not at whether it is called. A helper
//! closure in a variable holds its capture from creation to last call
//! ([`compile_fail/helper_closure_then_keys_loop.rs`](../iterate_and_mutate/index.html#helper_closure_then_keys_loop), E0502): *mutable borrow
//! occurs here* under `|name: &str|`, *immutable borrow occurs here* under
//! `scores` in the `for` header, *mutable borrow later used here* under
//! `bump(name)`.
//!
//! The fix is to give the closure what it needs instead of the map: the key
//! alone, with the inserts after the walk ([`add_bonus_entries`]); a copy of
//! another entry's value; the score to change, as an argument:
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<String, i32> =
//!     HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let new_entries: Vec<(String, i32)> =
//!     scores.keys().map(|name| (format!("{name}_bonus"), 100)).collect();
//! scores.extend(new_entries); // after the walk: the map is free
//! let bob = scores["Bob"]; // a copy: the shared borrow ends here
//! let bump = |score: &mut i32| *score = score.saturating_add(bob);
//! scores.values_mut().for_each(bump);
//! assert_eq!((scores["Alice"], scores["Bob_bonus"], scores.len()), (30, 120, 4));
//! ```
//!
//! ## Two entries at once
//!
//! A player gives points to another. Two `get_mut` calls are E0499
//! ([`compile_fail/two_get_mut_for_a_transfer.rs`](../iterate_and_mutate/index.html#two_get_mut_for_a_transfer)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/two_get_mut_for_a_transfer.stderr"), "```")]
//!
//! Each `get_mut` borrows the whole map, and the first reference is still
//! needed (*first borrow later used here*) when the second call is made. The
//! compiler does not compare `"Alice"` with `"Bob"`, and it is right not to
//! trust the names: were they equal, there would be two `&mut` to one score.
//!
//! `HashMap::get_disjoint_mut` (stable since Rust 1.86) takes an array of
//! keys and returns an array of `Option<&mut V>`, from one call that can
//! check that the keys differ:
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! (`cargo run -p lesson-09 --example playground-09`.) A missing key gives
//! `None` in its place. Two equal keys panic: the documentation says "Panics
//! if any keys are overlapping", and Rust 1.95's message is "duplicate keys
//! found" (what else the check does is in [`transfer`]'s documentation).
//! [`transfer`] gives every bad input a defined answer instead, and leaves
//! the board unchanged: the same name twice is [`Refusal::SamePlayer`],
//! checked before `get_disjoint_mut` can panic; a missing player is
//! [`Refusal::UnknownPlayer`]; a score that would leave the `i32` range is
//! [`Refusal::Overflow`]. A transfer must conserve the total, so it checks
//! instead of saturating, which would destroy the points that did not fit.
//!
//! Before Rust 1.86 there were three other ways, with the same answers (a
//! property test runs all four against one model):
//! [`transfer_two_lookups`] copies both scores out with `get`, then writes
//! each back with its own `get_mut`; [`transfer_remove_reinsert`] takes the
//! giver out with `remove_entry`, changes the taker, and puts the giver back;
//! [`transfer_by_scan`] keeps the two `&mut` that one `iter_mut()` pass
//! meets. In `costs/benches/two_entries.rs`, `get_disjoint_mut` was the
//! fastest of the four on every board ([`transfer`] has the figures), and
//! the scan, which reads every name, took
//! 72x<!-- ratio: two_entries/scan_iter_mut/1000 over two_entries/get_disjoint_mut/1000 -->
//! its time on 1 000 players and
//! 5901x<!-- ratio: two_entries/scan_iter_mut/1000000 over two_entries/get_disjoint_mut/1000000 -->
//! on 1 000 000. Keep the scan for the next section's case, an unknown
//! number of players.
//!
//! ## Borrows that outlive a loop turn
//!
//! To change several players together, the natural loop keeps the
//! references it gets ([`compile_fail/push_get_mut_in_loop.rs`](../iterate_and_mutate/index.html#push_get_mut_in_loop), E0499):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/push_get_mut_in_loop.stderr"), "```")]
//!
//! Both labels point into one line, at two different turns of the loop:
//!
//! * *`scores` was mutably borrowed here in the previous iteration of the
//!   loop*, under `scores`: this `get_mut`, one turn **earlier**;
//! * *first borrow used here, in later iteration of loop*, under `slots`: why
//!   that earlier borrow is still alive: it was pushed into `slots`, which
//!   the next turn uses again.
//!
//! With `"Alice"` twice in `winners`, `slots` would hold two `&mut` to her
//! score. If you do not need the references together, use each inside its
//! turn. When you do (to change nobody unless every name is on the board),
//! use `get_disjoint_mut` for a fixed number of keys ([`award_podium`]), and
//! for any number one `iter_mut()` pass filtered by a set of the wanted names
//! ([`award_winners`]): `iter_mut` hands out each entry once, so the `&mut`
//! it yields may be kept together:
//!
//! ```
//! use std::collections::{HashMap, HashSet};
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let wanted: HashSet<&str> = HashSet::from(["Alice", "Bob"]);
//! let slots: Vec<&mut i32> = scores
//!     .iter_mut()
//!     .filter(|(name, _)| wanted.contains(name.as_str()))
//!     .map(|(_, score)| score)
//!     .collect();
//! assert_eq!(slots.len(), wanted.len()); // everyone is there: change them all
//! for score in slots {
//!     *score = score.saturating_add(1);
//! }
//! assert_eq!((scores["Alice"], scores["Bob"]), (11, 21));
//! ```
//!
//! The closure form of the mistake,
//! `names.iter().filter_map(|name| scores.get_mut(name)).collect()`, is an
//! error without a code in rustc 1.95: "captured variable cannot escape
//! `FnMut` closure body", labelled *returns a reference to a captured
//! variable which escapes the closure body* (`tests/diagnostics.rs` compiles
//! it). A closure that is called again and again may not hand out `&mut`
//! into what it captured: the next call could return the same entry.
//!
//! ## A field and a method
//!
//! A [`League`] keeps the scores next to the bonus and a count of bonuses
//! given, and has a method to bump one player. Calling it for every player
//! is E0502 on `*self` ([`compile_fail/method_call_inside_field_loop.rs`](../iterate_and_mutate/index.html#method_call_inside_field_loop)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/method_call_inside_field_loop.stderr"), "```")]
//!
//! The loop borrows one field, `self.scores`; `self.bump(name)` borrows
//! `*self`, that field included: a method's `&mut self` says nothing about
//! which fields it touches. Inside one function body, though, the compiler
//! tracks fields separately. Two fixes follow:
//!
//! * **Borrow the fields separately**: call a function of only what the step
//!   uses from a `values_mut()` walk of `self.scores`, passing `self.bonus`
//!   and `&mut self.bonuses_given` ([`League::bump_everyone`]). Nothing is
//!   collected or looked up. Written inline, the step looks like this:
//!
//! ```
//! # use std::collections::HashMap;
//! struct League { scores: HashMap<String, i32>, bonus: i32, bonuses_given: u32 }
//!
//! impl League {
//!     fn bump_everyone(&mut self) {
//!         // The walk borrows `self.scores` only; the other fields stay free.
//!         for score in self.scores.values_mut() {
//!             *score = score.saturating_add(self.bonus);
//!             self.bonuses_given = self.bonuses_given.saturating_add(1);
//!         }
//!     }
//! }
//! let scores = HashMap::from([(String::from("Alice"), 10)]);
//! let mut league = League { scores, bonus: 2, bonuses_given: 0 };
//! league.bump_everyone();
//! assert_eq!((league.scores["Alice"], league.bonuses_given), (12, 1));
//! ```
//!
//! * **Collect first**: clone the names, then call the method
//!   ([`League::bump_everyone_collect_first`]), when the step needs the whole
//!   struct (it calls other methods, inserts or removes players), at lesson
//!   01's price: a clone and a lookup per player (a counting-hasher test
//!   counts both fixes' lookups).
//!
//! ## Values that change through a shared borrow
//!
//! `Cell::set` takes `&self`: in a `HashMap<String, Cell<i32>>`, a loop over
//! `&board` may change any value, other entries included ([`pay_from_bank`]),
//! and the helper-closure trap above compiles:
//!
//! ```
//! use std::cell::Cell;
//! use std::collections::HashMap;
//!
//! let board: HashMap<String, Cell<i32>> = HashMap::from([(String::from("Alice"), Cell::new(10))]);
//! let bump = |name: &str| {
//!     if let Some(score) = board.get(name) {
//!         score.set(score.get().saturating_add(1));
//!     }
//! };
//! for name in board.keys() {
//!     bump(name);
//! }
//! assert_eq!(board["Alice"].get(), 11);
//! ```
//!
//! It fits when the values are `Copy` (`Cell::get` copies the value out),
//! everything runs on one thread, and several parts of the code (closures,
//! say) share the board and write to it. When one function owns the `&mut`,
//! the plain map does the job ([`pay_from_bank_deferred`]). A `Cell<i32>`
//! costs no memory (the 4 bytes of its `i32`; a unit test checks), but it
//! costs the rest of the code three things:
//!
//! * **No other thread may see it.** `Cell<i32>` is not `Sync`, so neither
//!   is the map: sharing it with a spawned thread is E0277
//!   ([`compile_fail/share_cell_board_across_threads.rs`](../iterate_and_mutate/index.html#share_cell_board_across_threads)): "the trait `Sync`
//!   is not implemented for `Cell<i32>`", and a note suggests
//!   "`std::sync::RwLock` or `std::sync::atomic::AtomicI32`" (lesson 10).
//!   Moving the whole board to another thread is allowed (it is `Send`).
//! * **Two names may mean one entry.** A transfer that reads both cells, then
//!   writes both, creates points when a player pays themselves (a unit test
//!   shows it); [`transfer_cells`] refuses the same name twice.
//! * **Only values change.** Inserting or removing needs `&mut` as before:
//!
//! ```compile_fail,E0502
//! use std::cell::Cell;
//! use std::collections::HashMap;
//!
//! let mut board = HashMap::from([(String::from("Alice"), Cell::new(10))]);
//! for name in board.keys() {
//!     board.insert(format!("{name}_bonus"), Cell::new(100));
//! }
//! ```
//!
//! ## Scores at the range ends
//!
//! Transfers refuse a move that would take a score past `i32::MIN` or
//! `i32::MAX`, and change nothing. Awards and payments saturate like the
//! rest of the course: a score at `i32::MAX` stays there, and so does a bank
//! at `i32::MIN`.
//!
//! ## When not to use these
//!
//! * One entry at a time: the loop of lesson 01 or the entry API of lesson
//!   06. `get_disjoint_mut` is for holding several at once.
//! * Every value by the same rule: `values_mut` (lesson 07), not a set of
//!   wanted names.
//! * Several threads: `Cell` cannot be shared; lesson 10's locks can.
//!
//! ## Exercises
//!
//! Practise holding several entries at once, and reading the closure forms
//! of the borrow errors.
//!
//! * `exercises/exercises/lesson09/l09_move_stock.rs`
//! * `exercises/exercises/lesson09/l09_water_beds.rs`
//! * `exercises/exercises/lesson09/l09_book_trip.rs`
//!
//! ---
//!
//! [← Lesson 08: `extract_if`, remove on a condition and keep what you removed](../lesson_08/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 10: the hostage at run time →](../lesson_10/index.html)
#![forbid(unsafe_code)]

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{BuildHasher, RandomState};

/// The score given to each derived `"<name>_bonus"` entry by [`add_bonus_entries`].
pub const BONUS_ENTRY_SCORE: i32 = 100;

/// The points [`award_podium`] gives to first, second and third place.
pub const PODIUM_PRIZES: [i32; 3] = [3, 2, 1];

/// Why a change that needs several entries at once was refused. The board is
/// left exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The same player was named twice, where two different players are
    /// needed (`get_disjoint_mut` would panic).
    SamePlayer(String),
    /// This player is not on the board.
    UnknownPlayer(String),
    /// A score would leave the range of `i32`.
    Overflow,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::SamePlayer(name) => write!(f, "{name} is named twice"),
            Self::UnknownPlayer(name) => write!(f, "{name} is not on the board"),
            Self::Overflow => f.write_str("a score would leave the range of i32"),
        }
    }
}

impl std::error::Error for Refusal {}

/// Inserts a `"<name>_bonus"` entry worth [`BONUS_ENTRY_SCORE`] for every
/// player on the board, without a closure that touches the map.
///
/// The closure given to `map` reads only the key; the new entries are
/// collected, and `extend` inserts them after the walk, when the map is free.
/// As with lesson 01's version, `insert` replaces: a player already named
/// `"<name>_bonus"` gets [`BONUS_ENTRY_SCORE`].
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// lesson_09::add_bonus_entries(&mut scores);
/// assert_eq!(scores["Alice_bonus"], 100);
/// assert_eq!(scores.len(), 2);
/// ```
pub fn add_bonus_entries(scores: &mut HashMap<String, i32>) {
    let new_entries: Vec<(String, i32)> = scores
        .keys()
        .map(|name| (format!("{name}_bonus"), BONUS_ENTRY_SCORE))
        .collect();
    scores.extend(new_entries);
}

/// The scores of giver and taker after moving `points` between them, or
/// [`Refusal::Overflow`] if either would leave the range of `i32`.
fn moved(giver: i32, taker: i32, points: i32) -> Result<(i32, i32), Refusal> {
    match (giver.checked_sub(points), taker.checked_add(points)) {
        (Some(giver), Some(taker)) => Ok((giver, taker)),
        _ => Err(Refusal::Overflow),
    }
}

/// [`Refusal::SamePlayer`] if `from` and `to` are the same name.
fn two_players(from: &str, to: &str) -> Result<(), Refusal> {
    if from == to {
        Err(Refusal::SamePlayer(from.to_owned()))
    } else {
        Ok(())
    }
}

/// Moves `points` from `from`'s score to `to`'s, with `get_disjoint_mut`.
///
/// All or nothing: on a refusal the board is unchanged. The same name twice
/// is [`Refusal::SamePlayer`] (checked first, so `get_disjoint_mut` never
/// panics), a name not on the board is [`Refusal::UnknownPlayer`] (`from` is
/// checked before `to`), and a score that would leave the range of `i32` is
/// [`Refusal::Overflow`]. Negative `points` move points the other way.
///
/// Generic over the hasher only so that tests can count lookups; call it
/// with an ordinary `HashMap<String, i32>`.
///
/// # What `get_disjoint_mut` does with bad keys
///
/// A missing key gives `None` in its place; the same key twice panics with
/// "duplicate keys found" in Rust 1.95 (the documentation: "Panics if any
/// keys are overlapping"). In Rust 1.95's `HashMap` the check compares the
/// entries found, each with every earlier one, so the same *missing* key
/// twice returns `[None, None]` without a panic: the documentation promises
/// nothing of the kind, so do not rely on it. It says the check "currently
/// has a time-complexity of O(n^2)": the call is meant for a handful of keys.
/// (Unit tests show the three behaviours; `tests/diagnostics.rs` checks the
/// quotes against the toolchain's documentation.)
///
/// # Cost
///
/// `transfer` hashes two keys per transfer, [`transfer_two_lookups`] four,
/// [`transfer_remove_reinsert`] three and [`transfer_by_scan`] none (a
/// counting-hasher test checks the four counts). `costs/benches/two_entries.rs`
/// times 100 transfers per run on boards of 1 000, 100 000 and 1 000 000
/// players; the ratios of medians against `transfer`, from
/// `costs/results/bench-output.txt`:
///
/// | players | two lookups | remove and reinsert | scan |
/// |---|---|---|---|
/// | 1 000 | 1.7x<!-- ratio: two_entries/two_lookups/1000 over two_entries/get_disjoint_mut/1000 --> | 1.5x<!-- ratio: two_entries/remove_reinsert/1000 over two_entries/get_disjoint_mut/1000 --> | 72x<!-- ratio: two_entries/scan_iter_mut/1000 over two_entries/get_disjoint_mut/1000 --> |
/// | 100 000 | 2.1x<!-- ratio: two_entries/two_lookups/100000 over two_entries/get_disjoint_mut/100000 --> | 1.2x<!-- ratio: two_entries/remove_reinsert/100000 over two_entries/get_disjoint_mut/100000 --> | 2670x<!-- ratio: two_entries/scan_iter_mut/100000 over two_entries/get_disjoint_mut/100000 --> |
/// | 1 000 000 | 1.15x<!-- ratio: two_entries/two_lookups/1000000 over two_entries/get_disjoint_mut/1000000 --> | 1.13x<!-- ratio: two_entries/remove_reinsert/1000000 over two_entries/get_disjoint_mut/1000000 --> | 5901x<!-- ratio: two_entries/scan_iter_mut/1000000 over two_entries/get_disjoint_mut/1000000 --> |
///
/// On the biggest board the three ways that look keys up are within 15 %
/// of each other, and the scan's cost grows with the board, not with the
/// players wanted. None of the four allocates (divan's allocation profiler
/// counts none).
///
/// # Errors
///
/// The [`Refusal`] above, in that order of checks.
///
/// ```
/// use std::collections::HashMap;
/// use lesson_09::{Refusal, transfer};
///
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// assert_eq!(transfer(&mut scores, "Alice", "Bob", 5), Ok(()));
/// assert_eq!((scores["Alice"], scores["Bob"]), (5, 25));
/// assert_eq!(
///     transfer(&mut scores, "Alice", "Alice", 5),
///     Err(Refusal::SamePlayer("Alice".into()))
/// );
/// assert_eq!(
///     transfer(&mut scores, "Alice", "Zed", 5),
///     Err(Refusal::UnknownPlayer("Zed".into()))
/// );
/// ```
pub fn transfer<S: BuildHasher>(
    scores: &mut HashMap<String, i32, S>,
    from: &str,
    to: &str,
    points: i32,
) -> Result<(), Refusal> {
    two_players(from, to)?;
    match scores.get_disjoint_mut([from, to]) {
        [Some(giver), Some(taker)] => {
            (*giver, *taker) = moved(*giver, *taker, points)?;
            Ok(())
        }
        [None, _] => Err(Refusal::UnknownPlayer(from.to_owned())),
        [_, None] => Err(Refusal::UnknownPlayer(to.to_owned())),
    }
}

/// [`transfer`] without `get_disjoint_mut`: copy both scores out, then write
/// each with its own `get_mut`, one borrow after the other.
///
/// The same answers as [`transfer`]; four lookups instead of two.
///
/// # Errors
///
/// As [`transfer`].
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// assert_eq!(lesson_09::transfer_two_lookups(&mut scores, "Alice", "Bob", 5), Ok(()));
/// assert_eq!((scores["Alice"], scores["Bob"]), (5, 25));
/// ```
pub fn transfer_two_lookups<S: BuildHasher>(
    scores: &mut HashMap<String, i32, S>,
    from: &str,
    to: &str,
    points: i32,
) -> Result<(), Refusal> {
    two_players(from, to)?;
    let Some(&giver) = scores.get(from) else {
        return Err(Refusal::UnknownPlayer(from.to_owned()));
    };
    let Some(&taker) = scores.get(to) else {
        return Err(Refusal::UnknownPlayer(to.to_owned()));
    };
    let (giver, taker) = moved(giver, taker, points)?;
    if let Some(score) = scores.get_mut(from) {
        *score = giver;
    }
    if let Some(score) = scores.get_mut(to) {
        *score = taker;
    }
    Ok(())
}

/// [`transfer`] without `get_disjoint_mut`: take the giver out of the map,
/// change the taker, put the giver back.
///
/// `remove_entry` hands back the giver's name and score, owned, so the map no
/// longer holds them and `get_mut` may borrow it for the taker; `insert` then
/// moves the same name back in (nothing is cloned). The same answers as
/// [`transfer`]; three lookups.
///
/// # Errors
///
/// As [`transfer`].
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// assert_eq!(lesson_09::transfer_remove_reinsert(&mut scores, "Alice", "Bob", 5), Ok(()));
/// assert_eq!((scores["Alice"], scores["Bob"]), (5, 25));
/// ```
pub fn transfer_remove_reinsert<S: BuildHasher>(
    scores: &mut HashMap<String, i32, S>,
    from: &str,
    to: &str,
    points: i32,
) -> Result<(), Refusal> {
    two_players(from, to)?;
    let Some((giver_name, giver)) = scores.remove_entry(from) else {
        return Err(Refusal::UnknownPlayer(from.to_owned()));
    };
    let outcome = match scores.get_mut(to) {
        Some(taker) => moved(giver, *taker, points).map(|(giver_after, taker_after)| {
            *taker = taker_after;
            giver_after
        }),
        None => Err(Refusal::UnknownPlayer(to.to_owned())),
    };
    // Put the giver back whatever happened: with its new score, or unchanged.
    scores.insert(giver_name, *outcome.as_ref().unwrap_or(&giver));
    outcome.map(|_| ())
}

/// [`transfer`] without `get_disjoint_mut` and without a lookup: one
/// `iter_mut()` pass that keeps the two `&mut` it meets.
///
/// `iter_mut` hands out every entry once, so the two references are to
/// different entries and may be held together. It visits every entry, however
/// early it meets the two players. The same answers as [`transfer`].
///
/// # Errors
///
/// As [`transfer`].
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// assert_eq!(lesson_09::transfer_by_scan(&mut scores, "Alice", "Bob", 5), Ok(()));
/// assert_eq!((scores["Alice"], scores["Bob"]), (5, 25));
/// ```
pub fn transfer_by_scan<S>(
    scores: &mut HashMap<String, i32, S>,
    from: &str,
    to: &str,
    points: i32,
) -> Result<(), Refusal> {
    two_players(from, to)?;
    let mut giver = None;
    let mut taker = None;
    for (name, score) in scores.iter_mut() {
        if name == from {
            giver = Some(score);
        } else if name == to {
            taker = Some(score);
        }
    }
    match (giver, taker) {
        (Some(giver), Some(taker)) => {
            (*giver, *taker) = moved(*giver, *taker, points)?;
            Ok(())
        }
        (None, _) => Err(Refusal::UnknownPlayer(from.to_owned())),
        (_, None) => Err(Refusal::UnknownPlayer(to.to_owned())),
    }
}

/// The first name in `names` that appeared earlier in it, if any.
fn first_repeated(names: &[&str]) -> Option<String> {
    let mut seen = HashSet::with_capacity(names.len());
    names
        .iter()
        .find(|&&name| !seen.insert(name))
        .map(|&name| name.to_owned())
}

/// Gives [`PODIUM_PRIZES`] to first, second and third place, holding the
/// three scores at once with `get_disjoint_mut`.
///
/// All or nothing: a name given twice is [`Refusal::SamePlayer`] (the first
/// repeat, in podium order), a name not on the board [`Refusal::UnknownPlayer`]
/// (the first such, in podium order), and then nobody gets a prize. Prizes
/// saturate: a score at `i32::MAX` stays there.
///
/// # Errors
///
/// The [`Refusal`] above; never [`Refusal::Overflow`].
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([
///     (String::from("Alice"), 10),
///     (String::from("Bob"), 20),
///     (String::from("Cleo"), 30),
/// ]);
/// assert_eq!(lesson_09::award_podium(&mut scores, ["Cleo", "Bob", "Alice"]), Ok(()));
/// assert_eq!((scores["Cleo"], scores["Bob"], scores["Alice"]), (33, 22, 11));
/// ```
pub fn award_podium(scores: &mut HashMap<String, i32>, podium: [&str; 3]) -> Result<(), Refusal> {
    if let Some(twice) = first_repeated(&podium) {
        return Err(Refusal::SamePlayer(twice));
    }
    let slots = scores.get_disjoint_mut(podium);
    if let Some((missing, _)) = podium.iter().zip(&slots).find(|(_, slot)| slot.is_none()) {
        return Err(Refusal::UnknownPlayer((*missing).to_owned()));
    }
    for (score, prize) in slots.into_iter().flatten().zip(PODIUM_PRIZES) {
        *score = score.saturating_add(prize);
    }
    Ok(())
}

/// Gives `points` to every player in `winners`, any number of them, holding
/// all their scores at once: one `iter_mut()` pass, filtered by a set of the
/// wanted names.
///
/// All or nothing, like [`award_podium`]: a name given twice is
/// [`Refusal::SamePlayer`] (the first repeat, in list order), a name not on
/// the board [`Refusal::UnknownPlayer`] (the first such, in list order), and
/// then nobody is changed. No winners: nothing to do. Points saturate.
///
/// # Errors
///
/// The [`Refusal`] above; never [`Refusal::Overflow`].
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// assert_eq!(lesson_09::award_winners(&mut scores, &["Bob", "Alice"], 5), Ok(()));
/// assert_eq!((scores["Alice"], scores["Bob"]), (15, 25));
/// ```
pub fn award_winners(
    scores: &mut HashMap<String, i32>,
    winners: &[&str],
    points: i32,
) -> Result<(), Refusal> {
    if let Some(twice) = first_repeated(winners) {
        return Err(Refusal::SamePlayer(twice));
    }
    let wanted: HashSet<&str> = winners.iter().copied().collect();
    let slots: Vec<&mut i32> = scores
        .iter_mut()
        .filter(|(name, _)| wanted.contains(name.as_str()))
        .map(|(_, score)| score)
        .collect();
    if slots.len() < wanted.len() {
        // `slots` is not used on this path, so the map is free to look up.
        let missing = winners.iter().find(|&&name| !scores.contains_key(name));
        return Err(Refusal::UnknownPlayer(
            missing.map(|&name| name.to_owned()).unwrap_or_default(),
        ));
    }
    for score in slots {
        *score = score.saturating_add(points);
    }
    Ok(())
}

/// A leaderboard with its bonus and the count of bonuses given: the struct
/// whose method cannot be called from a walk of its own map field.
///
/// Generic over the map's hasher only so that tests can count lookups; the
/// default is the ordinary `HashMap<String, i32>`.
#[derive(Clone, Debug)]
pub struct League<S = RandomState> {
    scores: HashMap<String, i32, S>,
    bonus: i32,
    bonuses_given: u32,
}

impl<S: BuildHasher> League<S> {
    /// A league with these scores, giving `bonus` points per bonus, none
    /// given yet.
    #[must_use]
    pub fn new(scores: HashMap<String, i32, S>, bonus: i32) -> Self {
        Self {
            scores,
            bonus,
            bonuses_given: 0,
        }
    }

    /// The scores.
    #[must_use]
    pub fn scores(&self) -> &HashMap<String, i32, S> {
        &self.scores
    }

    /// How many bonuses have been given, saturating at `u32::MAX`.
    #[must_use]
    pub fn bonuses_given(&self) -> u32 {
        self.bonuses_given
    }

    /// The per-player step, as a function of only the fields it uses: adds
    /// `bonus` to `score` (saturating) and counts one bonus given.
    fn give_bonus(score: &mut i32, bonus: i32, bonuses_given: &mut u32) {
        *score = score.saturating_add(bonus);
        *bonuses_given = bonuses_given.saturating_add(1);
    }

    /// Gives the bonus to `name`; `false` (and nothing changes) if `name` is
    /// not on the board.
    ///
    /// ```
    /// use std::collections::HashMap;
    /// let mut league = lesson_09::League::new(HashMap::from([(String::from("Alice"), 10)]), 2);
    /// assert!(league.bump("Alice"));
    /// assert!(!league.bump("Zed"));
    /// assert_eq!((league.scores()["Alice"], league.bonuses_given()), (12, 1));
    /// ```
    pub fn bump(&mut self, name: &str) -> bool {
        match self.scores.get_mut(name) {
            Some(score) => {
                Self::give_bonus(score, self.bonus, &mut self.bonuses_given);
                true
            }
            None => false,
        }
    }

    /// Gives the bonus to every player: a `values_mut()` walk of the
    /// `scores` field that calls the private `give_bonus` with the other two
    /// fields, borrowed separately. No names are collected.
    ///
    /// ```
    /// use std::collections::HashMap;
    /// let scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    /// let mut league = lesson_09::League::new(scores, 1);
    /// league.bump_everyone();
    /// assert_eq!((league.scores()["Alice"], league.scores()["Bob"]), (11, 21));
    /// assert_eq!(league.bonuses_given(), 2);
    /// ```
    pub fn bump_everyone(&mut self) {
        for score in self.scores.values_mut() {
            Self::give_bonus(score, self.bonus, &mut self.bonuses_given);
        }
    }

    /// Gives the bonus to every player by collecting the names first and
    /// calling [`League::bump`] for each: the same result as
    /// [`League::bump_everyone`], at the price of a clone and a lookup per
    /// player, and the shape to use when the step needs the whole struct.
    ///
    /// ```
    /// use std::collections::HashMap;
    /// let scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    /// let mut league = lesson_09::League::new(scores, 1);
    /// league.bump_everyone_collect_first();
    /// assert_eq!((league.scores()["Alice"], league.scores()["Bob"]), (11, 21));
    /// assert_eq!(league.bonuses_given(), 2);
    /// ```
    pub fn bump_everyone_collect_first(&mut self) {
        let names: Vec<String> = self.scores.keys().cloned().collect();
        for name in &names {
            self.bump(name);
        }
    }
}

/// A leaderboard whose scores can change through a shared borrow.
pub type CellBoard = HashMap<String, Cell<i32>>;

/// The same board with every score in a `Cell`.
///
/// ```
/// use std::collections::HashMap;
/// let board = lesson_09::to_cells(HashMap::from([(String::from("Alice"), 10)]));
/// board["Alice"].set(11);
/// assert_eq!(lesson_09::from_cells(board)["Alice"], 11);
/// ```
#[must_use]
pub fn to_cells(scores: HashMap<String, i32>) -> CellBoard {
    scores
        .into_iter()
        .map(|(name, score)| (name, Cell::new(score)))
        .collect()
}

/// The plain board back out of a [`CellBoard`].
#[must_use]
pub fn from_cells(board: CellBoard) -> HashMap<String, i32> {
    board
        .into_iter()
        .map(|(name, score)| (name, score.into_inner()))
        .collect()
}

/// Every player except the bank gains `points`, and the bank pays them, all
/// through `&board`: the loop over the board writes another entry, the bank's,
/// at every turn.
///
/// Saturating: a player at `i32::MAX` stays there (and the bank pays all the
/// same), a bank at `i32::MIN` stays there. The bank's changes all go one way,
/// so the result does not depend on the board's iteration order.
///
/// # Errors
///
/// [`Refusal::UnknownPlayer`] if the bank is not on the board (nothing
/// changes).
///
/// ```
/// use std::cell::Cell;
/// use std::collections::HashMap;
/// let board = HashMap::from([
///     (String::from("Bank"), Cell::new(100)),
///     (String::from("Alice"), Cell::new(10)),
///     (String::from("Bob"), Cell::new(20)),
/// ]);
/// assert_eq!(lesson_09::pay_from_bank(&board, "Bank", 5), Ok(()));
/// assert_eq!(board["Bank"].get(), 90);
/// assert_eq!((board["Alice"].get(), board["Bob"].get()), (15, 25));
/// ```
pub fn pay_from_bank(board: &CellBoard, bank: &str, points: i32) -> Result<(), Refusal> {
    let Some(bank_score) = board.get(bank) else {
        return Err(Refusal::UnknownPlayer(bank.to_owned()));
    };
    for (name, score) in board {
        if name != bank {
            score.set(score.get().saturating_add(points));
            bank_score.set(bank_score.get().saturating_sub(points));
        }
    }
    Ok(())
}

/// [`pay_from_bank`] on a plain map, without `Cell`: the `iter_mut` walk
/// cannot touch the bank's entry, so it counts the payments and the bank
/// settles them after the loop, in one subtraction.
///
/// The same result as [`pay_from_bank`], saturation included.
///
/// # Errors
///
/// [`Refusal::UnknownPlayer`] if the bank is not on the board (nothing
/// changes).
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Bank"), 100), (String::from("Alice"), 10)]);
/// assert_eq!(lesson_09::pay_from_bank_deferred(&mut scores, "Bank", 5), Ok(()));
/// assert_eq!((scores["Bank"], scores["Alice"]), (95, 15));
/// ```
pub fn pay_from_bank_deferred(
    scores: &mut HashMap<String, i32>,
    bank: &str,
    points: i32,
) -> Result<(), Refusal> {
    if !scores.contains_key(bank) {
        return Err(Refusal::UnknownPlayer(bank.to_owned()));
    }
    let mut payments: i64 = 0;
    for (name, score) in scores.iter_mut() {
        if name != bank {
            *score = score.saturating_add(points);
            payments = payments.saturating_add(1);
        }
    }
    if let Some(bank_score) = scores.get_mut(bank) {
        // Paying `points` `payments` times, saturating at each step, is one
        // subtraction clamped to the `i32` range, since every step goes the
        // same way. Computed in `i64`, where saturating only happens far
        // outside the `i32` range, then clamped.
        let paid = payments.saturating_mul(i64::from(points));
        let after = i64::from(*bank_score).saturating_sub(paid);
        let clamped = after.clamp(i64::from(i32::MIN), i64::from(i32::MAX));
        *bank_score = i32::try_from(clamped).unwrap_or_default();
    }
    Ok(())
}

/// [`transfer`] on a [`CellBoard`], through a shared borrow.
///
/// Two `&Cell` to one entry are allowed, so nothing here would panic or be
/// rejected if `from` and `to` were the same name; the check is the
/// function's own, because reading both scores and then writing both would
/// create `points` out of nothing.
///
/// # Errors
///
/// As [`transfer`].
///
/// ```
/// use std::cell::Cell;
/// use std::collections::HashMap;
/// let board = HashMap::from([(String::from("Alice"), Cell::new(10)), (String::from("Bob"), Cell::new(20))]);
/// assert_eq!(lesson_09::transfer_cells(&board, "Alice", "Bob", 5), Ok(()));
/// assert_eq!((board["Alice"].get(), board["Bob"].get()), (5, 25));
/// ```
pub fn transfer_cells(board: &CellBoard, from: &str, to: &str, points: i32) -> Result<(), Refusal> {
    two_players(from, to)?;
    let Some(giver) = board.get(from) else {
        return Err(Refusal::UnknownPlayer(from.to_owned()));
    };
    let Some(taker) = board.get(to) else {
        return Err(Refusal::UnknownPlayer(to.to_owned()));
    };
    let (giver_after, taker_after) = moved(giver.get(), taker.get(), points)?;
    giver.set(giver_after);
    taker.set(taker_after);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use testkit::hashing::counting_map;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    fn unknown(name: &str) -> Result<(), Refusal> {
        Err(Refusal::UnknownPlayer(name.to_owned()))
    }

    fn same(name: &str) -> Result<(), Refusal> {
        Err(Refusal::SamePlayer(name.to_owned()))
    }

    /// A way to move points between two players, and its name for messages.
    type Strategy = (
        &'static str,
        fn(&mut HashMap<String, i32>, &str, &str, i32) -> Result<(), Refusal>,
    );

    /// Every transfer of the lesson, the `Cell` one included.
    const TRANSFERS: [Strategy; 5] = [
        ("transfer", transfer),
        ("transfer_two_lookups", transfer_two_lookups),
        ("transfer_remove_reinsert", transfer_remove_reinsert),
        ("transfer_by_scan", transfer_by_scan),
        ("transfer_cells", |scores, from, to, points| {
            let cells = to_cells(std::mem::take(scores));
            let result = transfer_cells(&cells, from, to, points);
            *scores = from_cells(cells);
            result
        }),
    ];

    /// Runs every transfer on a copy of `start` and checks the answer and the
    /// board it leaves.
    fn check_all(
        start: &[(&str, i32)],
        (from, to, points): (&str, &str, i32),
        answer: &Result<(), Refusal>,
        after: &[(&str, i32)],
    ) {
        for (label, strategy) in TRANSFERS {
            let mut scores = board(start);
            assert_eq!(&strategy(&mut scores, from, to, points), answer, "{label}");
            assert_eq!(scores, board(after), "{label}");
        }
    }

    #[test]
    fn refusals_say_what_was_wrong() {
        assert_eq!(
            Refusal::SamePlayer("字".into()).to_string(),
            "字 is named twice"
        );
        assert_eq!(
            Refusal::UnknownPlayer("Zed".into()).to_string(),
            "Zed is not on the board"
        );
        assert_eq!(
            Refusal::Overflow.to_string(),
            "a score would leave the range of i32"
        );
    }

    #[test]
    fn bonus_entries_on_empty_one_player_and_non_ascii_boards() {
        let mut scores = HashMap::new();
        add_bonus_entries(&mut scores);
        assert!(scores.is_empty());
        let mut scores = board(&[("字", i32::MIN)]);
        add_bonus_entries(&mut scores);
        assert_eq!(scores, board(&[("字", i32::MIN), ("字_bonus", 100)]));
        let mut scores = board(&[("Жанна", 1), ("Жанна_bonus", 7)]);
        add_bonus_entries(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Жанна", 1),
                ("Жанна_bonus", 100),
                ("Жанна_bonus_bonus", 100),
            ])
        );
    }

    // What `get_disjoint_mut` itself does, on Rust 1.95.

    #[test]
    #[should_panic(expected = "duplicate keys found")]
    fn get_disjoint_mut_panics_on_the_same_key_twice() {
        let mut scores = board(&[("Alice", 10)]);
        let _ = scores.get_disjoint_mut(["Alice", "Alice"]);
    }

    #[test]
    fn get_disjoint_mut_gives_none_for_a_missing_key() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
        assert_eq!(
            scores.get_disjoint_mut(["Bob", "Zed", "Alice"]),
            [Some(&mut 20), None, Some(&mut 10)]
        );
    }

    #[test]
    fn get_disjoint_mut_does_not_panic_on_the_same_missing_key_twice_in_rust_1_95() {
        let mut scores = board(&[("Alice", 10)]);
        assert_eq!(scores.get_disjoint_mut(["Zed", "Zed"]), [None, None]);
    }

    // Every transfer, on the awkward inputs.

    #[test]
    fn a_transfer_moves_the_points() {
        check_all(
            &[("Alice", 10), ("Bob", 20)],
            ("Alice", "Bob", 5),
            &Ok(()),
            &[("Alice", 5), ("Bob", 25)],
        );
    }

    #[test]
    fn negative_and_zero_points() {
        let start = [("Жанна", 10), ("字", 20)];
        check_all(
            &start,
            ("Жанна", "字", -4),
            &Ok(()),
            &[("Жанна", 14), ("字", 16)],
        );
        check_all(&start, ("Жанна", "字", 0), &Ok(()), &start);
    }

    #[test]
    fn the_same_name_twice_is_refused_present_or_not() {
        let start = [("Alice", 10), ("Bob", 20)];
        check_all(&start, ("Alice", "Alice", 5), &same("Alice"), &start);
        check_all(&start, ("Zed", "Zed", 5), &same("Zed"), &start);
        check_all(&[], ("", "", 0), &same(""), &[]);
    }

    #[test]
    fn names_that_look_alike_are_different_players() {
        // "é" as one code point, and as "e" plus a combining accent.
        let start = [("\u{e9}", 10), ("e\u{301}", 20)];
        check_all(
            &start,
            ("\u{e9}", "e\u{301}", 10),
            &Ok(()),
            &[("\u{e9}", 0), ("e\u{301}", 30)],
        );
        check_all(
            &start,
            ("\u{e9}", "E\u{301}", 1),
            &unknown("E\u{301}"),
            &start,
        );
    }

    #[test]
    fn a_missing_player_is_named_giver_first() {
        let start = [("Alice", 10)];
        check_all(&start, ("Zed", "Alice", 5), &unknown("Zed"), &start);
        check_all(&start, ("Alice", "Zed", 5), &unknown("Zed"), &start);
        check_all(&start, ("Yan", "Zed", 5), &unknown("Yan"), &start);
        check_all(&[], ("Yan", "Zed", 5), &unknown("Yan"), &[]);
    }

    #[test]
    fn a_score_past_either_end_refuses_the_whole_transfer() {
        let start = [("Rich", i32::MAX), ("Poor", i32::MIN)];
        let overflow = Err(Refusal::Overflow);
        check_all(&start, ("Poor", "Rich", 1), &overflow, &start);
        check_all(&start, ("Rich", "Poor", -1), &overflow, &start);
        check_all(
            &[("A", 0), ("B", 0)],
            ("A", "B", i32::MIN),
            &overflow,
            &[("A", 0), ("B", 0)],
        );
        // Only the giver would overflow, or only the taker:
        check_all(
            &[("A", i32::MIN), ("B", 0)],
            ("A", "B", 1),
            &overflow,
            &[("A", i32::MIN), ("B", 0)],
        );
        check_all(
            &[("A", 0), ("B", i32::MAX)],
            ("A", "B", 1),
            &overflow,
            &[("A", 0), ("B", i32::MAX)],
        );
        // Right up to the ends is fine.
        check_all(
            &[("A", i32::MIN + 1), ("B", i32::MAX - 1)],
            ("A", "B", 1),
            &Ok(()),
            &[("A", i32::MIN), ("B", i32::MAX)],
        );
        check_all(
            &[("A", -1), ("B", 0)],
            ("A", "B", i32::MAX),
            &Ok(()),
            &[("A", i32::MIN), ("B", i32::MAX)],
        );
    }

    #[test]
    fn lookups_per_transfer_two_four_three_and_none() {
        let expected = [
            ("transfer", 2),
            ("transfer_two_lookups", 4),
            ("transfer_remove_reinsert", 3),
            ("transfer_by_scan", 0),
        ];
        for (label, hashes) in expected {
            // Room for eight: nothing below makes the table grow and rehash.
            let mut scores = counting_map(8, [("Alice".to_owned(), 10), ("Bob".to_owned(), 20)]);
            let result = match label {
                "transfer" => transfer(&mut scores, "Alice", "Bob", 5),
                "transfer_two_lookups" => transfer_two_lookups(&mut scores, "Alice", "Bob", 5),
                "transfer_remove_reinsert" => {
                    transfer_remove_reinsert(&mut scores, "Alice", "Bob", 5)
                }
                _ => transfer_by_scan(&mut scores, "Alice", "Bob", 5),
            };
            assert_eq!(result, Ok(()), "{label}");
            assert_eq!(scores.hasher().hashes(), hashes, "{label}");
            assert_eq!((scores["Alice"], scores["Bob"]), (5, 25), "{label}");
        }
    }

    // Several entries at once.

    #[test]
    fn the_podium_gets_three_two_and_one_saturating() {
        let mut scores = board(&[("Alice", 10), ("Bob", i32::MAX - 1), ("字", -3), ("Dan", 0)]);
        assert_eq!(award_podium(&mut scores, ["Bob", "字", "Alice"]), Ok(()));
        assert_eq!(
            scores,
            board(&[("Alice", 11), ("Bob", i32::MAX), ("字", -1), ("Dan", 0)])
        );
    }

    #[test]
    fn a_podium_with_a_repeat_or_a_stranger_changes_nobody() {
        let start = board(&[("Alice", 10), ("Bob", 20), ("Cleo", 30)]);
        let cases: [([&str; 3], Result<(), Refusal>); 6] = [
            (["Alice", "Bob", "Alice"], same("Alice")),
            (["Bob", "Alice", "Alice"], same("Alice")),
            (["Zed", "Zed", "Alice"], same("Zed")),
            (["Alice", "Zed", "Yan"], unknown("Zed")),
            (["Yan", "Alice", "Bob"], unknown("Yan")),
            (["Alice", "Bob", "Zed"], unknown("Zed")),
        ];
        for (podium, answer) in cases {
            let mut scores = start.clone();
            assert_eq!(award_podium(&mut scores, podium), answer, "{podium:?}");
            assert_eq!(scores, start, "{podium:?}");
        }
        let mut empty = HashMap::new();
        assert_eq!(award_podium(&mut empty, ["a", "b", "c"]), unknown("a"));
    }

    #[test]
    fn winners_all_or_nothing() {
        let start = board(&[("Alice", 10), ("Bob", 20), ("字", i32::MAX)]);
        let mut scores = start.clone();
        assert_eq!(award_winners(&mut scores, &["字", "Alice"], 5), Ok(()));
        assert_eq!(
            scores,
            board(&[("Alice", 15), ("Bob", 20), ("字", i32::MAX)])
        );

        let cases: [(&[&str], Result<(), Refusal>); 4] = [
            (&["Alice", "Ghost"], unknown("Ghost")),
            (&["Ghost", "Alice", "Wraith"], unknown("Ghost")),
            (&["Bob", "Alice", "Bob"], same("Bob")),
            (&["Ghost", "Ghost"], same("Ghost")),
        ];
        for (winners, answer) in cases {
            let mut scores = start.clone();
            assert_eq!(
                award_winners(&mut scores, winners, 5),
                answer,
                "{winners:?}"
            );
            assert_eq!(scores, start, "{winners:?}");
        }
    }

    #[test]
    fn no_winners_changes_nothing_and_an_empty_board_knows_nobody() {
        let start = board(&[("Alice", 10)]);
        let mut scores = start.clone();
        assert_eq!(award_winners(&mut scores, &[], 5), Ok(()));
        assert_eq!(scores, start);
        let mut empty = HashMap::new();
        assert_eq!(award_winners(&mut empty, &[], 5), Ok(()));
        assert_eq!(award_winners(&mut empty, &["Alice"], 5), unknown("Alice"));
        assert!(empty.is_empty());
    }

    #[test]
    fn winners_lose_points_down_to_i32_min() {
        let mut scores = board(&[("Alice", i32::MIN + 2), ("Bob", 0)]);
        assert_eq!(award_winners(&mut scores, &["Alice", "Bob"], -5), Ok(()));
        assert_eq!(scores, board(&[("Alice", i32::MIN), ("Bob", -5)]));
    }

    // A field and a method.

    #[test]
    fn a_league_bumps_everyone_either_way() {
        let start = board(&[("Alice", 10), ("Zoë", i32::MAX), ("字", i32::MIN)]);
        let mut fields = League::new(start.clone(), 3);
        fields.bump_everyone();
        let mut collected = League::new(start, 3);
        collected.bump_everyone_collect_first();
        let expected = board(&[("Alice", 13), ("Zoë", i32::MAX), ("字", i32::MIN + 3)]);
        assert_eq!(fields.scores(), &expected);
        assert_eq!(fields.bonuses_given(), 3);
        assert_eq!(collected.scores(), &expected);
        assert_eq!(collected.bonuses_given(), 3);
    }

    #[test]
    fn collecting_first_looks_every_player_up_and_the_field_walk_nobody() {
        let players = [
            ("Alice".to_owned(), 10),
            ("Bob".to_owned(), 20),
            ("字".to_owned(), 0),
        ];
        // Room for eight: nothing below makes the table grow and rehash.
        let mut fields = League::new(counting_map(8, players.clone()), 1);
        fields.bump_everyone();
        assert_eq!(fields.scores().hasher().hashes(), 0);
        let mut collected = League::new(counting_map(8, players), 1);
        collected.bump_everyone_collect_first();
        assert_eq!(collected.scores().hasher().hashes(), 3);
        assert_eq!(fields.scores(), collected.scores());
    }

    #[test]
    fn an_empty_league_gives_nothing_and_a_stranger_gets_nothing() {
        let mut league = League::new(HashMap::new(), 1);
        league.bump_everyone();
        league.bump_everyone_collect_first();
        assert!(!league.bump("Zed"));
        assert_eq!(league.bonuses_given(), 0);
        assert!(league.scores().is_empty());
    }

    #[test]
    fn the_bonus_count_saturates_at_u32_max() {
        let mut league = League {
            scores: board(&[("Alice", 0), ("Bob", 0)]),
            bonus: -1,
            bonuses_given: u32::MAX - 1,
        };
        league.bump_everyone();
        assert_eq!(league.bonuses_given(), u32::MAX);
        assert_eq!(league.scores(), &board(&[("Alice", -1), ("Bob", -1)]));
        assert!(league.bump("Alice"));
        assert_eq!(league.bonuses_given(), u32::MAX);
    }

    // Cells.

    #[test]
    fn a_cell_costs_no_memory_and_a_cell_board_may_move_to_another_thread() {
        assert_eq!(size_of::<Cell<i32>>(), size_of::<i32>());
        assert_eq!(size_of::<Cell<i32>>(), 4);
        fn movable<T: Send>() {}
        movable::<CellBoard>();
    }

    /// Read both cells, then write both: with the same name twice, the second
    /// write undoes the first, and the player gains the points.
    #[test]
    fn reading_then_writing_two_cells_creates_points_when_they_are_one() {
        let board = to_cells(board(&[("Alice", 10)]));
        let giver = &board["Alice"];
        let taker = &board["Alice"];
        let (before_giver, before_taker) = (giver.get(), taker.get());
        giver.set(before_giver.saturating_sub(5));
        taker.set(before_taker.saturating_add(5));
        assert_eq!(board["Alice"].get(), 15, "five points out of nothing");
        assert_eq!(transfer_cells(&board, "Alice", "Alice", 5), same("Alice"));
        assert_eq!(board["Alice"].get(), 15);
    }

    #[test]
    fn the_bank_pays_everyone_else_saturating_at_both_ends() {
        let start = board(&[("Bank", i32::MIN + 1), ("Alice", i32::MAX), ("字", 0)]);
        let expected = board(&[("Bank", i32::MIN), ("Alice", i32::MAX), ("字", 1)]);
        let cells = to_cells(start.clone());
        assert_eq!(pay_from_bank(&cells, "Bank", 1), Ok(()));
        assert_eq!(from_cells(cells), expected);
        let mut plain = start;
        assert_eq!(pay_from_bank_deferred(&mut plain, "Bank", 1), Ok(()));
        assert_eq!(plain, expected);
    }

    #[test]
    fn a_negative_payment_fills_the_bank_up_to_i32_max() {
        let start = board(&[("Bank", i32::MAX - 1), ("A", 5), ("B", i32::MIN)]);
        let expected = board(&[("Bank", i32::MAX), ("A", 3), ("B", i32::MIN)]);
        let cells = to_cells(start.clone());
        assert_eq!(pay_from_bank(&cells, "Bank", -2), Ok(()));
        assert_eq!(from_cells(cells), expected);
        let mut plain = start;
        assert_eq!(pay_from_bank_deferred(&mut plain, "Bank", -2), Ok(()));
        assert_eq!(plain, expected);
    }

    #[test]
    fn payments_of_i32_min_saturate_the_bank_at_i32_max() {
        let start = board(&[("Bank", 0), ("A", 0), ("B", 0)]);
        let expected = board(&[("Bank", i32::MAX), ("A", i32::MIN), ("B", i32::MIN)]);
        let cells = to_cells(start.clone());
        assert_eq!(pay_from_bank(&cells, "Bank", i32::MIN), Ok(()));
        assert_eq!(from_cells(cells), expected);
        let mut plain = start;
        assert_eq!(pay_from_bank_deferred(&mut plain, "Bank", i32::MIN), Ok(()));
        assert_eq!(plain, expected);
    }

    #[test]
    fn no_bank_no_payment_and_a_lonely_bank_pays_nobody() {
        let start = board(&[("Alice", 10)]);
        let cells = to_cells(start.clone());
        assert_eq!(pay_from_bank(&cells, "Bank", 5), unknown("Bank"));
        assert_eq!(from_cells(cells), start);
        let mut plain = start.clone();
        assert_eq!(
            pay_from_bank_deferred(&mut plain, "Bank", 5),
            unknown("Bank")
        );
        assert_eq!(plain, start);

        let lonely = board(&[("Bank", 7)]);
        let cells = to_cells(lonely.clone());
        assert_eq!(pay_from_bank(&cells, "Bank", 5), Ok(()));
        assert_eq!(from_cells(cells), lonely);
        let mut plain = lonely.clone();
        assert_eq!(pay_from_bank_deferred(&mut plain, "Bank", 5), Ok(()));
        assert_eq!(plain, lonely);
    }
}
