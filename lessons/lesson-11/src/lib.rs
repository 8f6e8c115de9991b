//! # Lesson 11: every collection
//!
//! > **You will be able to:** remove elements from a `Vec` while walking it
//! > without skipping any, choosing between `retain`, `extract_if`, `drain`
//! > and `swap_remove`; find the tool for a job on each of the eight std
//! > collections; and say what to do where a collection has no such tool.
//! >
//! > **The one idea:** every collection refuses to be changed under its own
//! > iterator, so each one offers methods that walk and change it at once;
//! > an index loop slips past the borrow checker, and then the rule is yours
//! > to keep.
//!
//! ## The same rule, another collection
//!
//! The results of a round are a `Vec<(String, i32)>` in finishing order, and
//! the players who scored zero did not really play: they must leave the
//! list. The loop that walks the list and removes them is rejected like the
//! map's, with E0502 ([`compile_fail/remove_inside_enumerate_loop.rs`](../iterate_and_mutate/index.html#remove_inside_enumerate_loop)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/remove_inside_enumerate_loop.stderr"), "```")]
//!
//! The labels read as they do for a map: *immutable borrow occurs here* where
//! the iterator starts, *immutable borrow later used here* because the loop
//! asks it for the next element on every turn, and the `remove` in between.
//! Pushing inside `for score in &scores` is the same E0502
//! ([`compile_fail/push_inside_vec_for_loop.rs`](../iterate_and_mutate/index.html#push_inside_vec_for_loop)). The danger is real: a `push`
//! on a full `Vec` reallocates its buffer, which may move the elements and
//! free the block the iterator is reading.
//!
//! ## The index loop: it compiles, and it skips
//!
//! So learners reach for indexes. This loop compiles, because `results[i]`
//! borrows the vector only for one test and `i` is a plain number, not a
//! borrow ([`remove_where_index_loop_skips`]):
//!
//! ```
//! let mut results = vec![("Ann", 0), ("Bob", 0), ("Cleo", 5)];
//! let mut i = 0;
//! while i < results.len() {
//!     if results[i].1 == 0 {
//!         results.remove(i);
//!     }
//!     i += 1;
//! }
//! assert_eq!(results, [("Bob", 0), ("Cleo", 5)]); // Bob scored 0 and stayed
//! ```
//!
//! `remove(i)` shifts every later element one place left, so Bob moves into
//! slot 0, which the loop has just tested; then `i` becomes 1, and the loop
//! tests Cleo. The element after each removal is never looked at. A property
//! test (`tests/properties.rs`) finds the bug from random lists, with no
//! example given, and shrinks it to the smallest input that shows it: two
//! zeros in a row. Another states the whole truth: the loop is right exactly
//! when no two matching elements are neighbours. Written
//! `for i in 0..results.len()`, the loop is worse: the range is computed
//! once, so a removal before the last turn makes that turn index past the
//! new end and panic with "index out of bounds" (a unit test shows it).
//!
//! The borrow checker cannot help: it stops *borrows* from overlapping, and
//! an index is not a borrow. The rule it enforces for iterators, "nobody
//! moves the elements under a walk", is still right; in an index loop you
//! keep it yourself. Two index loops keep it: advance only past an element
//! you keep ([`remove_where_index_loop`]), or walk from the end, where a
//! removal shifts only elements already tested
//! ([`remove_where_reverse_loop`]). Both pay for every `remove` with a shift
//! of the tail: removing `k` elements from `n` moves up to `k × n` elements,
//! which grows with the square of the length when a fixed share goes.
//!
//! ## The fix: let the `Vec` walk itself
//!
//! These methods walk and remove in one pass, holding `&mut self` for the
//! whole walk: the code that changes the vector is the code that knows where
//! the walk is.
//!
//! **`retain`** keeps the elements for which the closure returns `true`,
//! testing each exactly once, in order; **`retain_mut`** passes `&mut T`, so
//! the closure may also change the elements it keeps
//! ([`remove_where_retain`]):
//!
//! ```
//! let mut results: Vec<(&str, i32)> = vec![("Ann", 0), ("Bob", 0), ("Cleo", 5), ("Dmitri", 9)];
//! results.retain_mut(|(_, score)| {
//!     if *score == 0 {
//!         return false; // did not play: leaves
//!     }
//!     *score = score.saturating_add(1); // the players who stay earn a point
//!     true
//! });
//! assert_eq!(results, [("Cleo", 6), ("Dmitri", 10)]);
//! ```
//!
//! **`extract_if(range, f)`** (stable since Rust 1.87) removes the elements
//! of `range` for which `f` returns `true` and hands them to you, in order
//! ([`extract_where`]). It is lazy, as lesson 08 showed for the map: collect
//! it, or the elements it has not reached stay.
//!
//! ```
//! // The first two results are the warm-up, where 0 is allowed: test from index 2 on.
//! let mut results = vec![("Ann", 0), ("Bob", 4), ("Cleo", 0), ("Dmitri", 0), ("Eve", 7)];
//! let out: Vec<_> = results.extract_if(2.., |(_, score)| *score == 0).collect();
//! assert_eq!(out, [("Cleo", 0), ("Dmitri", 0)]);
//! assert_eq!(results, [("Ann", 0), ("Bob", 4), ("Eve", 7)]);
//! ```
//!
//! **`drain(range)`** removes a whole range and yields it; the range is gone
//! even if you drop the iterator unfinished. **`dedup_by_key`** removes
//! consecutive duplicates, keeping the first of each run:
//!
//! ```
//! // (player id, score) as submitted; player 7 pressed "send" twice.
//! let mut submitted = vec![(7, 40), (7, 40), (3, 12), (7, 15)];
//! submitted.dedup_by_key(|&mut (id, _)| id);
//! assert_eq!(submitted, [(7, 40), (3, 12), (7, 15)]); // only neighbours are merged
//! let first_two: Vec<_> = submitted.drain(..2).collect();
//! assert_eq!(first_two, [(7, 40), (3, 12)]);
//! assert_eq!(submitted, [(7, 15)]);
//! ```
//!
//! **`swap_remove(i)`** removes in constant time by moving the *last*
//! element into slot `i`. When order does not matter, a loop of it is linear
//! ([`remove_where_swap_remove`]), but the element moved into slot `i` has
//! not been tested yet: do not advance after removing.
//!
//! The playground (`cargo run -p lesson-11 --example playground-11`) puts
//! the skipping loop, `retain` and `extract_if` side by side:
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! ## What it costs
//!
//! `costs/benches/vec_removal.rs` removes the one score in ten that is zero
//! from a `Vec<i32>` of 1 000, 10 000 and 100 000 scores
//! (`costs/results/bench-output.txt`). Against `retain`, the correct index
//! loop took
//! 9.5x<!-- ratio: vec_removal/remove_in_index_loop/1000 over vec_removal/vec_retain/1000 -->
//! the time at 1 000 scores,
//! 69x<!-- ratio: vec_removal/remove_in_index_loop/10000 over vec_removal/vec_retain/10000 -->
//! at 10 000 and
//! 834x<!-- ratio: vec_removal/remove_in_index_loop/100000 over vec_removal/vec_retain/100000 -->
//! at 100 000: the ratio grows roughly tenfold each time the list does. Each
//! tenfold longer list made the index loop
//! 71x<!-- ratio: vec_removal/remove_in_index_loop/10000 over vec_removal/remove_in_index_loop/1000 -->
//! and then
//! 119x<!-- ratio: vec_removal/remove_in_index_loop/100000 over vec_removal/remove_in_index_loop/10000 -->
//! slower (a quadratic loop predicts a hundredfold), and `retain`
//! 9.7x<!-- ratio: vec_removal/vec_retain/10000 over vec_removal/vec_retain/1000 -->
//! and
//! 9.9x<!-- ratio: vec_removal/vec_retain/100000 over vec_removal/vec_retain/10000 -->
//! slower (a linear pass predicts tenfold). The reverse loop,
//! `extract_if` and `swap_remove` are measured too: see their functions.
//!
//! ## The other collections
//!
//! Every std collection's iterators borrow it (`iter` shares it, `iter_mut`
//! holds it exclusively) until the loop ends, so nothing in the loop can
//! change it:
//!
//! ```compile_fail,E0502
//! use std::collections::BTreeSet;
//! let mut seats = BTreeSet::from([1_u32, 2]);
//! for seat in &seats {
//!     seats.insert(seat + 10); // E0502: `seats` is borrowed by the loop
//! }
//! ```
//!
//! What differs is the tools each offers to walk and change it at once. In
//! Rust 1.95 (checked by `tests/diagnostics.rs`, which compiles each missing
//! call and expects E0658, unstable, or E0599, no such method):
//!
//! * **`VecDeque`** has `retain`, `retain_mut`, `drain(range)`, `iter_mut` and
//!   `range_mut`; `extract_if` is unstable (`vec_deque_extract_if`) and there
//!   is no `dedup`: go through a `Vec` and back, which keeps the deque's
//!   capacity ([`extract_from_deque`]).
//! * **`LinkedList`**: `retain` is unstable (`linked_list_retain`), but
//!   `extract_if(f)` is stable (since 1.87) and does the job when run to the
//!   end ([`retain_list`]). There is no `drain`.
//! * **`BTreeMap`** and **`BTreeSet`**: `retain`, and `extract_if(range, f)`
//!   (stable since 1.91), whose range limits the walk. Sorted, they can be
//!   emptied in order (`pop_first`, or `first_entry` to look before deciding:
//!   [`pop_due`]). `BTreeMap::range_mut` changes the values of a key range in
//!   place ([`double_between`]); keys stay read-only, since changing one
//!   would break the order:
//!
//! ```compile_fail,E0594
//! use std::collections::BTreeMap;
//! let mut events = BTreeMap::from([(100_u64, 5)]);
//! for (tick, _points) in events.range_mut(0..200) {
//!     *tick += 10; // `tick` is a `&u64`
//! }
//! ```
//!
//! * **`HashSet`**: `retain` and `extract_if(f)` ([`kick`]). A set's elements
//!   are its keys, so no set has `iter_mut`; `take` returns the element
//!   stored, and `replace` swaps in an equal one. That matters when equality
//!   looks at part of the value, like [`Player`]'s id ([`rename`]), because
//!   `insert` keeps the old element:
//!
//! ```
//! use std::collections::HashSet;
//! use lesson_11::Player;
//!
//! let mut online = HashSet::from([Player::new(7, "ann")]);
//! assert!(!online.insert(Player::new(7, "Ann the Great"))); // refused: the set keeps "ann"
//! assert_eq!(online.get(&7).map(|p| p.nick.as_str()), Some("ann"));
//!
//! let old = online.replace(Player::new(7, "Ann the Great"));
//! assert_eq!(old.map(|p| p.nick), Some(String::from("ann")));
//! assert_eq!(online.get(&7).map(|p| p.nick.as_str()), Some("Ann the Great"));
//! ```
//!
//! * **`BinaryHeap`**: `retain` (since 1.70), `drain` (in no useful order)
//!   and `pop`, greatest first. Only the greatest element can be changed in
//!   place, through `peek_mut`, which restores the heap order when its guard
//!   is dropped ([`offer_top_k`]). There is no `retain_mut`, no `extract_if`
//!   and no `iter_mut`, and `drain_sorted` is unstable: take the heap's `Vec`
//!   with `into_vec`, work on it, and rebuild with `BinaryHeap::from`
//!   ([`extract_from_heap`], [`rebuild`]).
//! * **`HashMap`**: lessons 04 to 08.
//!
//! To add elements computed from the ones you walk, collect them into a
//! `Vec` and `extend` after the loop (a test does it for every collection).
//! In a `Vec`, an index loop over `0..len`, with `len` read before the loop,
//! may also `push`: the new elements lie past `len`.
//!
//! ## Which tool, for every collection
//!
//! Each cell is a test in `tests/table.rs`, named `<row>::<column>` with
//! std's module name for the row: `vec_deque::remove_if_keep_removed`, for
//! instance. Where a collection has no tool, the cell says what to do
//! instead.
//!
//! | collection | change in place (`change_in_place`) | remove if (`remove_if`) | remove if, keep them (`remove_if_keep_removed`) | move all or a range out (`move_out`) | take out in order (`take_in_order`) |
//! |---|---|---|---|---|---|
//! | `Vec` | `iter_mut()` | `retain(f)`, `retain_mut(f)` | `extract_if(range, f)` | `drain(range)` | from the back `pop()`; from the front `drain(..)` |
//! | `VecDeque` | `iter_mut()`, `range_mut(range)` | `retain(f)`, `retain_mut(f)` | none in 1.95: through a `Vec`, [`extract_from_deque`] | `drain(range)` | `pop_front()`, `pop_back()` |
//! | `LinkedList` | `iter_mut()` | none in 1.95: `extract_if(f)` run to the end, [`retain_list`] | `extract_if(f)` | no `drain`: `std::mem::take`, or `split_off(at)` for a tail | `pop_front()`, `pop_back()` |
//! | `HashMap` | `values_mut()`, `iter_mut()` | `retain(f)` | `extract_if(f)` | `drain()`, everything | none (no order): `drain()`, then sort |
//! | `HashSet` | none (elements are keys): rebuild, [`rebuild`] | `retain(f)` | `extract_if(f)` | `drain()`, everything | none (no order): `drain()`, then sort |
//! | `BTreeMap` | `values_mut()`; a key range: `range_mut(range)` | `retain(f)` | `extract_if(range, f)` | no `drain`: `std::mem::take`; a range: `extract_if(range, f)` with `f` always true | `pop_first()`, `pop_last()`, `first_entry()` |
//! | `BTreeSet` | none (elements are keys): rebuild, [`rebuild`] | `retain(f)` | `extract_if(range, f)` | no `drain`: `std::mem::take`; a range: `extract_if(range, f)` with `f` always true | `pop_first()`, `pop_last()` |
//! | `BinaryHeap` | the greatest: `peek_mut()`; all: [`rebuild`] | `retain(f)` | none: through a `Vec`, [`extract_from_heap`] | `drain()`, everything, any order | `pop()`, greatest first |
//!
//! ## At the ends of the range
//!
//! * `drain(..k)` and `extract_if(..k, f)` panic when `k` is past the end,
//!   like slicing; [`start_match`] checks the queue's length first and
//!   answers `None`.
//! * `range_mut(from..=to)` panics when `from > to`; [`double_between`]
//!   changes nothing then.
//! * [`pop_due`] with `now = u64::MAX` empties the schedule, where a cut with
//!   `split_off(&(now + 1))` would overflow.
//! * Points and waiting times saturate instead of wrapping: an event worth
//!   `i32::MAX` stays at `i32::MAX` when doubled.
//!
//! ## When not to use them
//!
//! * Removing one element: find it with `position`, then `remove(i)` (or
//!   `swap_remove(i)`) once. The call is not the problem, the loop around it
//!   is; `retain` would test every element.
//! * A queue you take from the front: a `VecDeque`, whose `pop_front` moves
//!   no other element, not `Vec::remove(0)`, which shifts every remaining
//!   element one place left, every time.
//!
//! ## Exercises
//!
//! Practise choosing the tool for a job on a collection other than a map,
//! and spotting the index loop that skips.
//!
//! * `exercises/exercises/lesson11/l11_check_in_loans.rs`
//! * `exercises/exercises/lesson11/l11_cancel_print_jobs.rs`
//!
//! Then the quiz, a job with its rules and no word about the tool:
//! `exercises/exercises/quizzes/quiz5_van_round.rs` (lessons 09 to 11).
//!
//! ---
//!
//! [← Lesson 10: the hostage at run time](../lesson_10/index.html) ·
//! [Course home](../iterate_and_mutate/index.html)
#![forbid(unsafe_code)]

use std::borrow::Borrow;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashSet, LinkedList, VecDeque};
use std::hash::{Hash, Hasher};

/// **The mistake**: removes the elements for which `remove` returns `true`
/// in a forward index loop that advances after every element, removed or
/// not. It compiles, and it skips the element after each removal.
///
/// Kept in the course to be tested and measured, not used: the element that
/// slides into slot `i` after `v.remove(i)` is never tested. The result is
/// right exactly when no two matching elements are neighbours.
///
/// ```
/// let mut scores = vec![0, 0, 5];
/// lesson_11::remove_where_index_loop_skips(&mut scores, |&s| s == 0);
/// assert_eq!(scores, [0, 5]); // the second zero was skipped
/// ```
#[expect(
    clippy::arithmetic_side_effects,
    reason = "i < v.len() <= isize::MAX, so i + 1 cannot overflow"
)]
pub fn remove_where_index_loop_skips<T>(v: &mut Vec<T>, mut remove: impl FnMut(&T) -> bool) {
    let mut i = 0;
    while i < v.len() {
        if remove(&v[i]) {
            v.remove(i);
        }
        i += 1; // wrong after a removal: slot `i` now holds an untested element
    }
}

/// Removes the elements for which `remove` returns `true`, in a forward index
/// loop that advances only past an element it keeps. Correct, keeps the
/// order, and quadratic: every `remove` shifts the rest of the vector.
///
/// ```
/// let mut scores = vec![0, 0, 5];
/// lesson_11::remove_where_index_loop(&mut scores, |&s| s == 0);
/// assert_eq!(scores, [5]);
/// ```
pub fn remove_where_index_loop<T>(v: &mut Vec<T>, remove: impl FnMut(&T) -> bool) {
    // After `remove(i)` the next element slides into slot `i`.
    step_past_kept(v, remove, Vec::remove);
}

/// The loop of [`remove_where_index_loop`] and [`remove_where_swap_remove`]:
/// tests the element in slot `i`; if it goes, `take_out` removes it and
/// another element moves into slot `i`, so `i` stays and that element is
/// tested next; if it stays, `i` steps past it.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "i < v.len() <= isize::MAX, so i + 1 cannot overflow"
)]
fn step_past_kept<T>(
    v: &mut Vec<T>,
    mut remove: impl FnMut(&T) -> bool,
    mut take_out: impl FnMut(&mut Vec<T>, usize) -> T,
) {
    let mut i = 0;
    while i < v.len() {
        if remove(&v[i]) {
            take_out(v, i);
        } else {
            i += 1;
        }
    }
}

/// Removes the elements for which `remove` returns `true`, walking the
/// indexes from the last to the first. Correct, keeps the order, and
/// quadratic: a removal shifts only elements already tested, but it still
/// shifts them all.
///
/// Measured like [`remove_where_index_loop`] (`costs/benches/vec_removal.rs`,
/// one score in ten removed), it grew as fast: each tenfold longer list
/// made it
/// 65x<!-- ratio: vec_removal/remove_in_reverse_loop/10000 over vec_removal/remove_in_reverse_loop/1000 -->
/// and then
/// 126x<!-- ratio: vec_removal/remove_in_reverse_loop/100000 over vec_removal/remove_in_reverse_loop/10000 -->
/// slower, and at 100 000 scores it took
/// 752x<!-- ratio: vec_removal/remove_in_reverse_loop/100000 over vec_removal/vec_retain/100000 -->
/// the time of [`remove_where_retain`].
///
/// ```
/// let mut scores = vec![0, 0, 5];
/// lesson_11::remove_where_reverse_loop(&mut scores, |&s| s == 0);
/// assert_eq!(scores, [5]);
/// ```
pub fn remove_where_reverse_loop<T>(v: &mut Vec<T>, mut remove: impl FnMut(&T) -> bool) {
    for i in (0..v.len()).rev() {
        if remove(&v[i]) {
            v.remove(i);
        }
    }
}

/// Removes the elements for which `remove` returns `true` with one pass of
/// `Vec::retain`, which tests every element exactly once, in order, and
/// keeps the order of the rest.
///
/// ```
/// let mut scores = vec![0, 0, 5];
/// lesson_11::remove_where_retain(&mut scores, |&s| s == 0);
/// assert_eq!(scores, [5]);
/// ```
pub fn remove_where_retain<T>(v: &mut Vec<T>, mut remove: impl FnMut(&T) -> bool) {
    v.retain(|x| !remove(x));
}

/// Removes the elements for which `remove` returns `true` with
/// `Vec::extract_if` and returns them, in their original order.
///
/// The iterator is run to the end by `collect`, so every match is removed.
/// At 100 000 scores (`costs/benches/vec_removal.rs`) it took
/// 2.0x<!-- ratio: vec_removal/vec_extract_if/100000 over vec_removal/vec_retain/100000 -->
/// the time of [`remove_where_retain`], while also collecting the removed
/// scores into a `Vec`: of the five ways measured, the only one that
/// allocates (one buffer, grown as it fills).
///
/// ```
/// let mut results = vec![("Ann", 0), ("Bob", 0), ("Cleo", 5)];
/// let out = lesson_11::extract_where(&mut results, |&(_, s)| s == 0);
/// assert_eq!(out, [("Ann", 0), ("Bob", 0)]);
/// assert_eq!(results, [("Cleo", 5)]);
/// ```
pub fn extract_where<T>(v: &mut Vec<T>, mut remove: impl FnMut(&T) -> bool) -> Vec<T> {
    v.extract_if(.., |x| remove(x)).collect()
}

/// Removes the elements for which `remove` returns `true` with
/// `Vec::swap_remove`: linear time, but the kept elements do **not** keep
/// their order (each removal moves the last element into the hole). At
/// 100 000 scores (`costs/benches/vec_removal.rs`) it took
/// 1.1x<!-- ratio: vec_removal/swap_remove_loop/100000 over vec_removal/vec_retain/100000 -->
/// the time of [`remove_where_retain`]: about as fast, for a result in
/// another order.
///
/// ```
/// let mut scores = vec![0, 1, 2, 0, 3];
/// lesson_11::remove_where_swap_remove(&mut scores, |&s| s == 0);
/// assert_eq!(scores, [3, 1, 2]); // 3 moved into the first hole
/// ```
pub fn remove_where_swap_remove<T>(v: &mut Vec<T>, remove: impl FnMut(&T) -> bool) {
    // After `swap_remove(i)` the last element has moved into slot `i`.
    step_past_kept(v, remove, Vec::swap_remove);
}

/// Starts a match with the first `size` players of the queue: removes them
/// with `VecDeque::drain` and returns them in queue order.
///
/// `None`, and the queue unchanged, if fewer than `size` players wait, or if
/// `size` is 0 (a match needs players). `drain(..size)` itself would panic
/// on a `size` past the end.
///
/// ```
/// use std::collections::VecDeque;
/// let mut queue = VecDeque::from(["Ann", "Bob", "Cleo"]);
/// assert_eq!(lesson_11::start_match(&mut queue, 2), Some(vec!["Ann", "Bob"]));
/// assert_eq!(lesson_11::start_match(&mut queue, 2), None);
/// assert_eq!(queue, ["Cleo"]);
/// ```
pub fn start_match<T>(queue: &mut VecDeque<T>, size: usize) -> Option<Vec<T>> {
    if size == 0 || size > queue.len() {
        return None;
    }
    Some(queue.drain(..size).collect())
}

/// One round passes for a matchmaking queue of `(name, rounds waited)`: every
/// player's wait goes up by one (saturating at `u32::MAX`) and the players
/// who have now waited more than `patience` rounds leave. One pass of
/// `VecDeque::retain_mut`; the queue keeps its order.
///
/// ```
/// use std::collections::VecDeque;
/// let mut queue = VecDeque::from([("Ann", 2), ("Bob", 0)]);
/// lesson_11::tick_and_drop_stale(&mut queue, 2);
/// assert_eq!(queue, [("Bob", 1)]);
/// ```
pub fn tick_and_drop_stale<N>(queue: &mut VecDeque<(N, u32)>, patience: u32) {
    queue.retain_mut(|(_, waited)| {
        *waited = waited.saturating_add(1);
        *waited <= patience
    });
}

/// What `VecDeque::extract_if` would do, on Rust 1.95 where it is unstable:
/// removes the elements for which `remove` returns `true` and returns them,
/// both halves in queue order.
///
/// The deque becomes a `Vec` (`From<VecDeque<T>> for Vec<T>` reuses the
/// buffer, moving elements if the queue wrapped around), the `Vec`'s
/// `extract_if` does the work, and the `Vec` becomes a deque again (no
/// allocation). The deque keeps its capacity.
///
/// ```
/// use std::collections::VecDeque;
/// let mut queue = VecDeque::from([("Ann", true), ("Bob", false), ("Cleo", true)]);
/// let left = lesson_11::extract_from_deque(&mut queue, |&(_, gave_up)| gave_up);
/// assert_eq!(left, [("Ann", true), ("Cleo", true)]);
/// assert_eq!(queue, [("Bob", false)]);
/// ```
pub fn extract_from_deque<T>(
    queue: &mut VecDeque<T>,
    mut remove: impl FnMut(&T) -> bool,
) -> Vec<T> {
    let mut items = Vec::from(std::mem::take(queue));
    let removed = items.extract_if(.., |x| remove(x)).collect();
    *queue = VecDeque::from(items);
    removed
}

/// What `LinkedList::retain` would do, on Rust 1.95 where it is unstable:
/// keeps the elements for which `keep` returns `true`, in order.
///
/// `LinkedList::extract_if` is stable (since 1.87): it removes the elements
/// its predicate selects, and running it to the end and dropping what it
/// yields is a `retain`.
///
/// ```
/// use std::collections::LinkedList;
/// let mut list = LinkedList::from([0, 4, 0, 7]);
/// lesson_11::retain_list(&mut list, |&s| s != 0);
/// assert_eq!(list, LinkedList::from([4, 7]));
/// ```
pub fn retain_list<T>(list: &mut LinkedList<T>, mut keep: impl FnMut(&T) -> bool) {
    list.extract_if(|x| !keep(x)).for_each(drop);
}

/// Removes and returns the events due at `now`: every entry whose tick is at
/// most `now`, smallest tick first. A `first_entry` loop: it looks at the
/// smallest key and removes that entry only if it is due.
///
/// `now = u64::MAX` empties the schedule; no arithmetic, so no overflow.
///
/// ```
/// use std::collections::BTreeMap;
/// let mut events = BTreeMap::from([(120_u64, "respawn"), (90, "chest"), (300, "boss")]);
/// let due = lesson_11::pop_due(&mut events, 120);
/// assert_eq!(due, [(90, "chest"), (120, "respawn")]);
/// assert_eq!(events, BTreeMap::from([(300, "boss")]));
/// ```
pub fn pop_due<V>(events: &mut BTreeMap<u64, V>, now: u64) -> Vec<(u64, V)> {
    let mut due = Vec::new();
    while let Some(entry) = events.first_entry() {
        if *entry.key() > now {
            break;
        }
        due.push(entry.remove_entry());
    }
    due
}

/// Doubles the points of every event scheduled from tick `from` to tick `to`
/// (both included), in place, with `BTreeMap::range_mut`: only the entries
/// in that key range are visited.
///
/// Doubling saturates at `i32::MAX` and `i32::MIN`. If `from > to` nothing
/// changes (`range_mut` itself would panic).
///
/// ```
/// use std::collections::BTreeMap;
/// let mut events = BTreeMap::from([(90_u64, 5), (120, 10), (300, 20)]);
/// lesson_11::double_between(&mut events, 100, 200);
/// assert_eq!(events, BTreeMap::from([(90, 5), (120, 20), (300, 20)]));
/// ```
pub fn double_between(events: &mut BTreeMap<u64, i32>, from: u64, to: u64) {
    if from > to {
        return;
    }
    for (_tick, points) in events.range_mut(from..=to) {
        *points = points.saturating_mul(2);
    }
}

/// A player online: `id` identifies the player, `nick` is the name others
/// see and may change.
///
/// Equality and hashing look at `id` only, and a `Player` borrows as its
/// `u32` id, so a `HashSet<Player>` is looked up by id
/// (`online.get(&7)`), and `replace` or `take` then `insert` can change the
/// nick of the player stored.
#[derive(Clone, Debug)]
pub struct Player {
    /// The account id, unique on the server.
    pub id: u32,
    /// The name shown to others.
    pub nick: String,
}

impl Player {
    /// A player with this id and nick.
    #[must_use]
    pub fn new(id: u32, nick: &str) -> Self {
        Self {
            id,
            nick: nick.to_owned(),
        }
    }
}

impl PartialEq for Player {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Player {}

impl Hash for Player {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The same hash as the `u32` it borrows as: `HashSet::get(&id)` relies on it.
        self.id.hash(state);
    }
}

impl Borrow<u32> for Player {
    fn borrow(&self) -> &u32 {
        &self.id
    }
}

/// Removes the players whose id is in `banned` from `online` with
/// `HashSet::extract_if`, and returns them sorted by id.
///
/// ```
/// use std::collections::HashSet;
/// use lesson_11::Player;
/// let mut online = HashSet::from([Player::new(1, "ann"), Player::new(2, "bob")]);
/// let kicked = lesson_11::kick(&mut online, &HashSet::from([2, 99]));
/// assert_eq!(kicked, [Player::new(2, "bob")]);
/// assert_eq!(online.len(), 1);
/// ```
pub fn kick(online: &mut HashSet<Player>, banned: &HashSet<u32>) -> Vec<Player> {
    let mut kicked: Vec<Player> = online
        .extract_if(|player| banned.contains(&player.id))
        .collect();
    kicked.sort_unstable_by_key(|player| player.id);
    kicked
}

/// Changes the nick of player `id`, if online, and returns the old nick.
///
/// A set hands out no `&mut` to its elements (they are its keys), so the
/// player is taken out with `HashSet::take`, which returns the stored value
/// (`remove` would only say `true`), changed, and put back. `None`, and
/// nothing changed, if no player with that id is online.
///
/// ```
/// use std::collections::HashSet;
/// use lesson_11::Player;
/// let mut online = HashSet::from([Player::new(7, "ann")]);
/// assert_eq!(lesson_11::rename(&mut online, 7, "Ann"), Some(String::from("ann")));
/// assert_eq!(online.get(&7).map(|p| p.nick.as_str()), Some("Ann"));
/// assert_eq!(lesson_11::rename(&mut online, 8, "Bob"), None);
/// ```
pub fn rename(online: &mut HashSet<Player>, id: u32, nick: &str) -> Option<String> {
    let mut player = online.take(&id)?;
    let old = std::mem::replace(&mut player.nick, nick.to_owned());
    online.insert(player);
    Some(old)
}

/// Offers `item` to a "top `k`" heap that keeps the `k` greatest items seen
/// so far, as a min-heap (`Reverse`) whose top is the smallest kept item.
///
/// While fewer than `k` are kept, the item is pushed. Otherwise, if it is
/// greater than the smallest kept item, `BinaryHeap::peek_mut` overwrites
/// that top in place, and the heap restores its order when the guard is
/// dropped: one sift instead of a `pop` and a `push`. On a tie the item
/// already kept stays (the first to reach a score keeps the place). With
/// `k = 0` nothing is ever kept.
///
/// ```
/// use std::cmp::Reverse;
/// use std::collections::BinaryHeap;
/// let mut top = BinaryHeap::new();
/// for score in [5, 1, 9, 3, 7] {
///     lesson_11::offer_top_k(&mut top, 3, score);
/// }
/// let best: Vec<i32> = top.into_sorted_vec().into_iter().map(|Reverse(s)| s).collect();
/// assert_eq!(best, [9, 7, 5]);
/// ```
pub fn offer_top_k<T: Ord>(top: &mut BinaryHeap<Reverse<T>>, k: usize, item: T) {
    if top.len() < k {
        top.push(Reverse(item));
    } else if let Some(mut smallest) = top.peek_mut()
        && item > smallest.0
    {
        *smallest = Reverse(item);
    }
}

/// What a `BinaryHeap::extract_if` would do (there is none in Rust 1.95):
/// removes the elements for which `remove` returns `true` and returns them
/// sorted, smallest first.
///
/// `into_vec` hands over the heap's buffer, the `Vec`'s `extract_if` does
/// the work, and `BinaryHeap::from` rebuilds the heap in linear time in the
/// same buffer.
///
/// ```
/// use std::collections::BinaryHeap;
/// let mut heap = BinaryHeap::from([5, 12, 3, 20]);
/// let out = lesson_11::extract_from_heap(&mut heap, |&s| s > 10);
/// assert_eq!(out, [12, 20]);
/// assert_eq!(heap.into_sorted_vec(), [3, 5]);
/// ```
pub fn extract_from_heap<T: Ord>(
    heap: &mut BinaryHeap<T>,
    mut remove: impl FnMut(&T) -> bool,
) -> Vec<T> {
    let mut items = std::mem::take(heap).into_vec();
    let mut removed: Vec<T> = items.extract_if(.., |x| remove(x)).collect();
    *heap = BinaryHeap::from(items);
    removed.sort_unstable();
    removed
}

/// Changes every element of a collection that cannot be changed in place (a
/// `HashSet`, a `BTreeSet`, a `BinaryHeap`), by moving the elements out,
/// changing each, and collecting them into a new collection.
///
/// In a set, elements that become equal merge into one. The old collection's
/// memory is freed and the new one allocates; for a `BinaryHeap`, the
/// rebuild is linear.
///
/// ```
/// use std::collections::BTreeSet;
/// let mut seats = BTreeSet::from([1_u32, 2, 3]);
/// lesson_11::rebuild(&mut seats, |seat: u32| seat.saturating_add(10));
/// assert_eq!(seats, BTreeSet::from([11, 12, 13]));
///
/// let mut tags = BTreeSet::from(["Red", "red", "blue"]);
/// lesson_11::rebuild(&mut tags, |tag: &str| if tag == "Red" { "red" } else { tag });
/// assert_eq!(tags, BTreeSet::from(["blue", "red"])); // two merged into one
/// ```
pub fn rebuild<C, T>(collection: &mut C, change: impl FnMut(T) -> T)
where
    C: Default + IntoIterator<Item = T> + FromIterator<T>,
{
    *collection = std::mem::take(collection).into_iter().map(change).collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(entries: &[(&str, i32)]) -> Vec<(String, i32)> {
        entries.iter().map(|&(n, s)| (n.to_owned(), s)).collect()
    }

    fn zero(entry: &(String, i32)) -> bool {
        entry.1 == 0
    }

    /// Why `remove(0)` on a `Vec` is slow and `pop_front` is not: after
    /// `remove(0)`, the second element sits where the first was (everything
    /// shifted); after `pop_front`, the second element has not moved.
    #[test]
    fn pop_front_moves_nothing_where_vec_remove_0_shifts_everything() {
        let mut v = vec![1, 2, 3];
        let first_slot: *const i32 = &v[0];
        v.remove(0);
        assert_eq!(std::ptr::from_ref(&v[0]), first_slot);
        assert_eq!(v, [2, 3]);

        let mut queue = VecDeque::from([1, 2, 3]);
        let second: *const i32 = &queue[1];
        queue.pop_front();
        assert_eq!(std::ptr::from_ref(&queue[0]), second);
        assert_eq!(queue, [2, 3]);
    }

    /// A `push` on a full `Vec` reallocates: its capacity grows.
    #[test]
    fn a_push_on_a_full_vec_reallocates() {
        let mut scores: Vec<i32> = Vec::with_capacity(4);
        scores.extend([1, 2, 3, 4]);
        assert_eq!(scores.len(), scores.capacity());
        scores.push(5);
        assert!(scores.capacity() > 4);
    }

    /// The chapter's named input: Ann and Bob scored zero, and Bob stays.
    #[test]
    fn the_index_loop_keeps_bob() {
        let mut round = results(&[("Ann", 0), ("Bob", 0), ("Cleo", 5)]);
        remove_where_index_loop_skips(&mut round, zero);
        assert_eq!(round, results(&[("Bob", 0), ("Cleo", 5)]));
    }

    #[test]
    fn the_index_loop_removes_every_other_element_of_a_run() {
        let mut scores = vec![0, 0, 0, 0, 0, 1];
        remove_where_index_loop_skips(&mut scores, |&s| s == 0);
        assert_eq!(scores, [0, 0, 1]);
    }

    /// `for i in 0..v.len()` computes the range once: after a removal the
    /// last turn indexes past the end.
    #[test]
    #[should_panic(expected = "index out of bounds")]
    fn a_for_range_index_loop_panics_after_a_removal() {
        let mut scores = vec![0, 5];
        for i in 0..scores.len() {
            if scores[i] == 0 {
                scores.remove(i);
            }
        }
    }

    #[test]
    fn the_correct_loops_remove_runs_of_matches() {
        type Strategy = fn(&mut Vec<i32>, fn(&i32) -> bool);
        let strategies: [(&str, Strategy); 4] = [
            ("index loop", |v, f| remove_where_index_loop(v, f)),
            ("reverse loop", |v, f| remove_where_reverse_loop(v, f)),
            ("retain", |v, f| remove_where_retain(v, f)),
            ("extract_if", |v, f| drop(extract_where(v, f))),
        ];
        for (label, strategy) in strategies {
            let mut scores = vec![0, 0, 7, 0, 0, 0, 8, 0];
            strategy(&mut scores, |&s| s == 0);
            assert_eq!(scores, [7, 8], "{label}");
            let mut empty: Vec<i32> = Vec::new();
            strategy(&mut empty, |_| true);
            assert!(empty.is_empty(), "{label}");
        }
    }

    #[test]
    fn retain_tests_every_element_once_in_order() {
        let mut scores = vec![3, 0, 0, 4, 0];
        let mut seen = Vec::new();
        remove_where_retain(&mut scores, |&s| {
            seen.push(s);
            s == 0
        });
        assert_eq!(seen, [3, 0, 0, 4, 0]);
        assert_eq!(scores, [3, 4]);
    }

    #[test]
    fn the_reverse_loop_tests_from_the_back() {
        let mut scores = vec![1, 0, 2];
        let mut seen = Vec::new();
        remove_where_reverse_loop(&mut scores, |&s| {
            seen.push(s);
            s == 0
        });
        assert_eq!(seen, [2, 0, 1]);
        assert_eq!(scores, [1, 2]);
    }

    #[test]
    fn swap_remove_tests_the_element_it_moved_in() {
        // The last element, a zero, moves into the hole left by the first.
        let mut scores = vec![0, 5, 0];
        remove_where_swap_remove(&mut scores, |&s| s == 0);
        assert_eq!(scores, [5]);
        let mut scores = vec![0, 1, 2, 0, 3];
        remove_where_swap_remove(&mut scores, |&s| s == 0);
        assert_eq!(scores, [3, 1, 2]);
    }

    #[test]
    fn extract_where_returns_the_removed_in_order() {
        let mut round = results(&[("Ann", 0), ("Cleo", 5), ("Bob", 0)]);
        let out = extract_where(&mut round, zero);
        assert_eq!(out, results(&[("Ann", 0), ("Bob", 0)]));
        assert_eq!(round, results(&[("Cleo", 5)]));
    }

    /// `extract_if` is lazy: an unfinished iterator leaves the matches it
    /// has not reached.
    #[test]
    fn an_unfinished_vec_extract_if_leaves_the_rest() {
        let mut scores = vec![0, 1, 0, 2, 0];
        let first = scores.extract_if(.., |s| *s == 0).next();
        assert_eq!(first, Some(0));
        assert_eq!(scores, [1, 0, 2, 0]);
    }

    /// `drain` removes its whole range even when dropped unfinished.
    #[test]
    fn an_unfinished_drain_still_removes_its_range() {
        let mut scores = vec![1, 2, 3, 4];
        let first = scores.drain(1..3).next();
        assert_eq!(first, Some(2));
        assert_eq!(scores, [1, 4]);
    }

    /// `drain` and `extract_if` check their range like slicing does.
    const PAST_THE_END: &str = "range end index 3 out of range for slice of length 2";

    #[test]
    #[should_panic(expected = "range end index 3 out of range for slice of length 2")]
    fn deque_drain_past_the_end_panics() {
        let mut queue = VecDeque::from([1, 2]);
        drop(queue.drain(..3));
    }

    #[test]
    #[should_panic(expected = "range end index 3 out of range for slice of length 2")]
    fn vec_drain_past_the_end_panics() {
        let mut scores = vec![1, 2];
        drop(scores.drain(..3));
    }

    #[test]
    #[should_panic(expected = "range end index 3 out of range for slice of length 2")]
    fn vec_extract_if_past_the_end_panics() {
        let mut scores = vec![1, 2];
        drop(scores.extract_if(..3, |_| true));
    }

    #[test]
    fn slicing_past_the_end_panics_with_the_same_words() {
        let scores: &[i32] = std::hint::black_box(&[1, 2]);
        let panic = std::panic::catch_unwind(|| scores[..3].len()).expect_err("panics");
        let message = panic.downcast_ref::<String>().expect("a formatted message");
        assert_eq!(message, PAST_THE_END);
    }

    #[test]
    fn start_match_takes_the_front_or_nobody() {
        let mut queue = VecDeque::from(["Ann", "Bob", "Cleo"]);
        assert_eq!(start_match(&mut queue, 0), None);
        assert_eq!(start_match(&mut queue, 4), None);
        assert_eq!(queue.len(), 3);
        assert_eq!(start_match(&mut queue, 3), Some(vec!["Ann", "Bob", "Cleo"]));
        assert!(queue.is_empty());
        assert_eq!(start_match(&mut queue, 1), None);
    }

    #[test]
    fn waiting_saturates_and_patience_is_inclusive() {
        let mut queue = VecDeque::from([("Ann", u32::MAX), ("Bob", 1), ("Cleo", 2)]);
        tick_and_drop_stale(&mut queue, 2);
        assert_eq!(queue, [("Bob", 2)]);
        let mut queue = VecDeque::from([("Ann", u32::MAX - 1), ("Bob", u32::MAX)]);
        tick_and_drop_stale(&mut queue, u32::MAX);
        assert_eq!(queue, [("Ann", u32::MAX), ("Bob", u32::MAX)]);
    }

    #[test]
    fn extract_from_a_wrapped_deque_keeps_order_and_capacity() {
        let mut queue: VecDeque<i32> = VecDeque::with_capacity(8);
        queue.extend([9, 9, 9, 9, 9, 9]);
        queue.drain(..5);
        queue.extend([0, 1, 0, 2]); // the buffer now wraps around its end
        let capacity = queue.capacity();
        let (front, back) = queue.as_slices();
        assert!(!back.is_empty(), "wrapped: {front:?} {back:?}");

        let out = extract_from_deque(&mut queue, |&x| x == 0);
        assert_eq!(out, [0, 0]);
        assert_eq!(queue, [9, 1, 2]);
        assert_eq!(queue.capacity(), capacity);
    }

    /// `VecDeque` has no `dedup` in 1.95: through a `Vec` and back.
    #[test]
    fn a_deque_dedups_through_a_vec_and_keeps_its_capacity() {
        let mut queue: VecDeque<u32> = VecDeque::with_capacity(8);
        queue.extend([7, 7, 3, 7]);
        queue.push_front(7); // the buffer now wraps around its end
        assert!(!queue.as_slices().1.is_empty(), "wrapped");
        let capacity = queue.capacity();
        let mut items = Vec::from(std::mem::take(&mut queue));
        items.dedup();
        queue = VecDeque::from(items);
        assert_eq!(queue, [7, 3, 7]);
        assert_eq!(queue.capacity(), capacity);
    }

    #[test]
    fn retain_list_keeps_order() {
        let mut list = LinkedList::from([0, 3, 0, 0, 4]);
        retain_list(&mut list, |&s| s != 0);
        assert_eq!(list.into_iter().collect::<Vec<_>>(), [3, 4]);
    }

    #[test]
    fn pop_due_stops_at_the_first_future_event() {
        let mut events = BTreeMap::from([(5_u64, 'a'), (10, 'b'), (11, 'c')]);
        assert_eq!(pop_due(&mut events, 4), []);
        assert_eq!(pop_due(&mut events, 10), [(5, 'a'), (10, 'b')]);
        assert_eq!(events, BTreeMap::from([(11, 'c')]));
    }

    #[test]
    fn pop_due_at_u64_max_empties_the_schedule() {
        let mut events = BTreeMap::from([(0_u64, 'a'), (u64::MAX, 'z')]);
        assert_eq!(pop_due(&mut events, u64::MAX), [(0, 'a'), (u64::MAX, 'z')]);
        assert!(events.is_empty());
    }

    /// The cut the chapter warns about, `split_off(&(now + 1))`, at
    /// `now = u64::MAX`: `now + 1` overflows. Where overflow is checked (the
    /// test profile) that is a panic; elsewhere it wraps to 0, and the cut
    /// then finds nothing due, where [`pop_due`] finds both events.
    #[test]
    fn a_split_off_cut_after_now_overflows_at_u64_max() {
        let now = std::hint::black_box(u64::MAX);
        let cut = std::panic::catch_unwind(|| now + 1);
        if cfg!(debug_assertions) {
            let panic = cut.expect_err("checked arithmetic panics");
            assert_eq!(
                panic.downcast_ref::<&str>(),
                Some(&"attempt to add with overflow")
            );
        } else {
            assert_eq!(cut.ok(), Some(0));
        }
        let events = BTreeMap::from([(0_u64, 'a'), (u64::MAX, 'z')]);
        let mut due = events.clone();
        let later = due.split_off(&now.wrapping_add(1));
        assert!(due.is_empty(), "the wrapped cut keeps nothing due");
        assert_eq!(later, events);
        let mut schedule = events;
        assert_eq!(pop_due(&mut schedule, now), [(0, 'a'), (u64::MAX, 'z')]);
    }

    #[test]
    fn double_between_saturates_and_ignores_a_reversed_window() {
        let mut events = BTreeMap::from([(0_u64, i32::MAX), (1, i32::MIN), (2, 3), (u64::MAX, 4)]);
        double_between(&mut events, 3, 2);
        assert_eq!(events[&2], 3);
        double_between(&mut events, 0, 1);
        assert_eq!(events[&0], i32::MAX);
        assert_eq!(events[&1], i32::MIN);
        assert_eq!(events[&2], 3);
        double_between(&mut events, u64::MAX, u64::MAX);
        assert_eq!(events[&u64::MAX], 8);
        assert_eq!(events[&2], 3);
    }

    #[test]
    #[should_panic(expected = "range start is greater than range end")]
    fn range_mut_panics_on_a_reversed_range() {
        let mut events = BTreeMap::from([(1_u64, 1)]);
        #[expect(clippy::reversed_empty_ranges, reason = "the panic is the point")]
        events.range_mut(3..=2).for_each(drop);
    }

    #[test]
    fn players_are_equal_by_id_only() {
        assert_eq!(Player::new(1, "a"), Player::new(1, "b"));
        assert_ne!(Player::new(1, "a"), Player::new(2, "a"));
        let online = HashSet::from([Player::new(1, "a")]);
        assert_eq!(online.get(&1).map(|p| p.nick.as_str()), Some("a"));
        assert!(online.contains(&Player::new(1, "other nick")));
        assert!(!online.contains(&2));
    }

    /// `Borrow<u32>` promises that a `Player` hashes like its id: that is
    /// what lets `online.get(&7)` find player 7.
    #[test]
    fn a_player_hashes_like_its_id() {
        use std::hash::BuildHasher;
        let state = std::hash::RandomState::new();
        for id in [0, 7, u32::MAX] {
            let player = Player::new(id, "nick");
            assert_eq!(state.hash_one(&player), state.hash_one(id));
        }
    }

    #[test]
    fn kick_returns_the_banned_sorted_by_id() {
        let mut online = HashSet::from([
            Player::new(30, "c"),
            Player::new(10, "a"),
            Player::new(20, "b"),
        ]);
        let kicked = kick(&mut online, &HashSet::from([30, 10, 40]));
        let ids: Vec<u32> = kicked.iter().map(|p| p.id).collect();
        assert_eq!(ids, [10, 30]);
        assert_eq!(kicked[1].nick, "c");
        assert_eq!(online.len(), 1);
        assert!(online.contains(&20));
        assert!(kick(&mut online, &HashSet::new()).is_empty());
    }

    #[test]
    fn rename_changes_only_the_player_online() {
        let mut online = HashSet::from([Player::new(7, "ann"), Player::new(8, "bob")]);
        assert_eq!(rename(&mut online, 7, "字"), Some(String::from("ann")));
        assert_eq!(online.len(), 2);
        assert_eq!(online.get(&7).map(|p| p.nick.as_str()), Some("字"));
        assert_eq!(online.get(&8).map(|p| p.nick.as_str()), Some("bob"));
        assert_eq!(rename(&mut online, 9, "x"), None);
        assert_eq!(online.len(), 2);
    }

    #[test]
    fn set_remove_says_true_where_take_gives_the_stored_player() {
        let mut online = HashSet::from([Player::new(7, "ann")]);
        let mut again = online.clone();
        assert!(online.remove(&7));
        assert_eq!(again.take(&7).map(|p| p.nick), Some(String::from("ann")));
    }

    fn top(heap: &BinaryHeap<Reverse<i32>>) -> Vec<i32> {
        let mut best: Vec<i32> = heap.iter().map(|r| r.0).collect();
        best.sort_unstable_by(|a, b| b.cmp(a));
        best
    }

    #[test]
    fn offer_top_k_keeps_the_k_best_at_the_ends_of_the_range() {
        let mut heap = BinaryHeap::new();
        for score in [i32::MIN, 0, i32::MAX, -1, i32::MAX] {
            offer_top_k(&mut heap, 2, score);
        }
        assert_eq!(top(&heap), [i32::MAX, i32::MAX]);
        // A tie with the smallest kept score does not replace it.
        let mut heap = BinaryHeap::from([Reverse(3), Reverse(5)]);
        offer_top_k(&mut heap, 2, 3);
        assert_eq!(top(&heap), [5, 3]);
        offer_top_k(&mut heap, 2, 4);
        assert_eq!(top(&heap), [5, 4]);
        assert_eq!(heap.peek(), Some(&Reverse(4)), "the heap order is restored");
    }

    /// A finish ordered by score only, so that two finishes with the same
    /// score are equal for the heap but tell apart by name.
    #[derive(Debug, PartialEq, Eq)]
    struct Finish(i32, &'static str);

    impl PartialOrd for Finish {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    }

    impl Ord for Finish {
        fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.0.cmp(&other.0)
        }
    }

    #[test]
    fn on_a_tie_the_first_kept_stays() {
        let mut top = BinaryHeap::new();
        offer_top_k(&mut top, 1, Finish(5, "Ann"));
        offer_top_k(&mut top, 1, Finish(5, "Bob"));
        assert_eq!(top.peek().map(|best| best.0.1), Some("Ann"));
        offer_top_k(&mut top, 1, Finish(6, "Cleo"));
        assert_eq!(top.peek().map(|best| best.0.1), Some("Cleo"));
    }

    #[test]
    fn offer_top_k_with_k_zero_keeps_nothing() {
        let mut heap = BinaryHeap::new();
        offer_top_k(&mut heap, 0, 5);
        assert!(heap.is_empty());
    }

    #[test]
    fn extract_from_heap_keeps_a_valid_heap() {
        let mut heap = BinaryHeap::from([4, 11, 1, 15, 9, 12]);
        let out = extract_from_heap(&mut heap, |&s| s > 10);
        assert_eq!(out, [11, 12, 15]);
        assert_eq!(heap.pop(), Some(9));
        assert_eq!(heap.pop(), Some(4));
        assert_eq!(heap.pop(), Some(1));
        assert_eq!(heap.pop(), None);
    }

    #[test]
    fn rebuild_a_heap_restores_its_order() {
        let mut heap = BinaryHeap::from([1, 2, 3]);
        rebuild(&mut heap, |s: i32| s.saturating_neg());
        assert_eq!(heap.into_sorted_vec(), [-3, -2, -1]);
        let mut online = HashSet::from([1_u32, 2, 3]);
        rebuild(&mut online, |id: u32| id / 2);
        assert_eq!(online, HashSet::from([0, 1]));
    }
}
