//! # Lesson 05: `drain`, move everything out and keep the map
//!
//! > **You will be able to:** move every entry out of a map with `drain`,
//! > owned and never cloned, and reuse the emptied map; choose between
//! > `drain`, `std::mem::take` and `clear`; read the E0502 you get when you
//! > touch a map while it drains.
//! >
//! > **The one idea:** `drain` holds the map's `&mut` borrow until it is
//! > dropped and moves the entries out to you, so the map ends empty and
//! > keeps its table.
//!
//! ## The problem
//!
//! The round is over. Every score on the live board must move into the
//! round's history, sorted by name, and the board must be left empty, ready
//! for the next round.
//!
//! The earlier tools do it badly. Walking `&scores` and pushing
//! `(name.clone(), *score)` copies every name, then `clear()` throws the
//! originals away. Collecting the keys first (lesson 01) and calling
//! `remove_entry` for each gets the originals out, but pays for a vector of
//! cloned keys and a lookup per player. And `retain` (lesson 04) can remove
//! everything, but it drops what it removes.
//!
//! ## The fix
//!
//! [`HashMap::drain`] empties the map and hands you every entry as an owned
//! `(String, i32)` pair. Collect them and you hold the history:
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! [`end_round`] is that function. Like every iteration over a `HashMap`,
//! `drain` yields the entries in the map's internal order, which differs from
//! run to run: sort them before showing or comparing anything.
//!
//! ## Why it works
//!
//! `drain` takes `&mut self` and returns a `Drain` iterator that keeps that
//! exclusive borrow for as long as it lives. Nobody else can look at the map
//! in the meantime, so the iterator is free to take the entries out of the
//! table one by one, **moving** each key and value to you rather than
//! lending them. When the iterator is dropped, the map is empty and the
//! borrow ends.
//!
//! ## The map is out of reach while it drains
//!
//! The exclusive borrow is real: while the `Drain` is alive you cannot even
//! ask the map how many entries it has left. This loop is
//! [`compile_fail/use_map_while_draining.rs`](../iterate_and_mutate/index.html#use_map_while_draining):
//!
#![doc = concat!("```compile_fail,E0502\n", include_str!("../../../compile_fail/use_map_while_draining.rs"), "```")]
//!
//! rustc 1.95 says E0502, with three labels (the pinned
//! `compile_fail/use_map_while_draining.stderr`):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/use_map_while_draining.stderr"), "```")]
//!
//! * *mutable borrow occurs here*, under `scores.drain()`: the `Drain`
//!   iterator's exclusive borrow starts when it is created;
//! * *mutable borrow later used here*, on the same expression: the `for`
//!   loop asks that iterator for the next entry at the top of every turn,
//!   so the borrow lasts until the loop ends;
//! * *immutable borrow occurs here*, the caret under `scores` in
//!   `scores.len()`: the read that falls inside that span.
//!
//! It is lesson 01's error turned around: there a shared borrow (the loop)
//! blocked a mutable one (`get_mut`); here the loop holds the mutable borrow
//! and blocks even a read. It is E0502, not E0499, because `len()` only needs
//! a shared borrow. The fix is to ask the iterator instead of the map:
//! `Drain` knows how many entries it has not yet handed out.
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let mut drain = scores.drain();
//! let mut left_after_each = Vec::new();
//! while let Some(_entry) = drain.next() {
//!     left_after_each.push(drain.len()); // the iterator, not the map
//! }
//! drop(drain);
//! assert_eq!(left_after_each, [1, 0]);
//! assert!(scores.is_empty());
//! ```
//!
//! Mind the `drop(drain)`. `Drain` has a destructor (it removes the entries
//! you did not take, see below), so a `Drain` held in a variable keeps its
//! borrow until the variable goes out of scope, not merely until its last
//! use. Without the `drop`, the check after the loop is the same E0502
//! (`tests/rustc/drain_alive_until_the_brace.rs`):
//!
#![doc = concat!("```compile_fail,E0502\n", include_str!("../tests/rustc/drain_alive_until_the_brace.rs"), "```")]
//!
//! and rustc 1.95 hangs a third label on the closing brace, *mutable borrow
//! might be used here, when `drain` is dropped* (`tests/diagnostics.rs`
//! compiles the example and compares the output with this pinned copy):
//!
#![doc = concat!("```text\n", include_str!("../tests/rustc/drain_alive_until_the_brace.stderr"), "```")]
//!
//! ## No list of keys
//!
//! `drain` needs no list of keys because it gives you the keys themselves.
//! Each `String` leaves the map and arrives in your hands with the same heap
//! buffer (a test compares the buffers' addresses before and after): nothing
//! is cloned. [`end_round`] allocates one thing, the `Vec` it returns, and
//! that vector *is* the history, not a temporary. If you only need to
//! consume the entries (add them to a total, push them into a history you
//! already have), loop over `drain()` directly: each entry goes straight to
//! where it is used.
//!
//! ## Three ways to empty a map
//!
//! | call                     | the entries                       | the map left behind           |
//! |--------------------------|-----------------------------------|-------------------------------|
//! | `scores.drain()`         | moved out to you, one by one      | empty, capacity kept          |
//! | `std::mem::take(scores)` | moved out to you, table and all   | a fresh `HashMap`, capacity 0 |
//! | `scores.clear()`         | dropped                           | empty, capacity kept          |
//!
//! [`end_round_with_take`] gets the same standings another way:
//! `std::mem::take` swaps an empty `HashMap::new()` into `*scores` and
//! returns the old map, table and all, which is then consumed by value. The
//! old table is freed once that is over, and the caller's map has capacity 0:
//! it allocates again on the next insert. `clear()` is the choice when the
//! entries are not wanted at all: it drops them and keeps the room.
//!
//! "Capacity kept" means the table stays allocated at the same size. In Rust
//! 1.95's `HashMap`, `drain` also clears the tombstones earlier removals left
//! (lesson 04), so `capacity()` is the full room again. `clear` does the same
//! on a map that still has entries, but returns at once on an empty one: a
//! map that `retain` emptied keeps its tombstones, and its lowered
//! `capacity()`, through `clear()` (a test searches for such a map and checks
//! both).
//!
//! Which one? If the next round will hold about as many players, keep the
//! table (`drain` or `clear`): the board refills without reallocating. If
//! this round was unusually large, the kept table costs time as well as
//! memory, because every walk of the map visits all of it: a board of
//! 1 000 000 players, drained and refilled with 100, took
//! 837x<!-- ratio: walk_kept_table/after_drain_then_refill/1000000 over walk_kept_table/fresh_board/1000000 -->
//! the time of a new 100-player board to give those 100 a point each
//! (`costs/benches/walk_kept_table.rs`). Then use `take`, or `drain`
//! followed by `shrink_to_fit`.
//!
//! ## Dropping a `Drain` early still empties the map
//!
//! `drain` promises an empty map, whether or not you read every entry. Stop
//! after the first entry, or drop the iterator without calling `next` at
//! all, and the entries you did not take are dropped with it:
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let first = scores.drain().next(); // the `Drain` is dropped at the `;`
//! assert!(first.is_some());
//! assert!(scores.is_empty()); // the other player is gone too
//! ```
//!
//! To move out only *some* entries and leave the rest in the map, use
//! `extract_if` (lesson 08).
//!
//! ## What it costs
//!
//! One pass over the table. No key is cloned, no entry is looked up: the
//! only allocation in [`end_round`] is the history it returns, made once, at
//! its final size, because a `Drain` knows how many entries it holds (a unit
//! test checks its `size_hint`; `costs/tests/allocations.rs` counts
//! `drain().collect()` at exactly one block of `n` entries, and emptying with
//! `drain`, `clear` or `take` at zero).
//!
//! Measured on a board of 1 000 000 players (`costs/benches/empty_the_map.rs`,
//! table in `README.md#what-it-costs`):
//!
//! * [`end_round`] took
//!   37x<!-- ratio: empty_the_map/end_round_drain_sorted/1000000 over empty_the_map/raw_drain_into_vec/1000000 -->
//!   the time of a bare `drain().collect()` into a `Vec`
//!   (18x<!-- ratio: empty_the_map/end_round_drain_sorted/1000 over empty_the_map/raw_drain_into_vec/1000 -->
//!   at 1 000 players). Both make one allocation and copy no name: the
//!   difference is the sort by name.
//! * In Rust 1.95's `HashMap`, that board's table has 2 097 152 buckets, the
//!   smallest power of two of which 7/8 is at least 1 000 000, and
//!   `capacity()` reports those 7/8: 1 835 008 (a unit test checks the rule
//!   and the figure; `costs/tests/allocations.rs` counts the bytes of that
//!   table). `drain` and `clear` kept all of it; `std::mem::take` left the
//!   caller a map with capacity 0. Dropping the table that `take` handed over
//!   took
//!   1.0x<!-- ratio: empty_the_map/raw_mem_take_then_drop/1000000 over empty_the_map/clear/1000000 -->
//!   the time of `clear`: either way every name is freed once.
//!
//! ## When not to use it
//!
//! * To keep some entries and remove others, `retain` (lesson 04), or
//!   `extract_if` (lesson 08) if you want the removed ones.
//! * If the map itself is finished with, consume it by value:
//!   `for (name, score) in scores` (that is what `take` does for a map you
//!   only hold by `&mut`).
//! * To change values in place, `values_mut()` (lesson 07).
//!
//! ## Scores at the ends of the range
//!
//! Nothing in this lesson adds to a score: entries move out exactly as they
//! were, so a score at `i32::MAX` or `i32::MIN` arrives in the history
//! unchanged. When the next round awards points on the reused map, it adds
//! with `saturating_add` like the rest of the course.
//!
//! ## Exercises
//!
//! Practise with rustlings in `exercises/` (`cd exercises && rustlings`):
//!
//! * `exercises/exercises/lesson05/l05_close_day.rs`
//! * `exercises/exercises/lesson05/l05_flush_links.rs`
//!
//! Then the quiz, a job with its rules and no word about the tool:
//! `exercises/exercises/quizzes/quiz2_new_term.rs` (lessons 03 to 05).
//!
//! ---
//!
//! [← Lesson 04: `retain`, remove and update in one pass](../lesson_04/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 06: the entry API →](../lesson_06/index.html)
#![forbid(unsafe_code)]

use std::collections::HashMap;

/// Ends the round: moves every entry out of `scores` with `drain` and returns
/// them sorted by name, the round's final standings.
///
/// `scores` is left empty with its capacity unchanged, ready to be refilled
/// without reallocating. Names and scores are moved, not copied: each name in
/// the result is the very `String` that was in the map.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Bob"), 20), (String::from("Alice"), 10)]);
/// let capacity = scores.capacity();
/// let history = lesson_05::end_round(&mut scores);
/// assert_eq!(history, [(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// assert!(scores.is_empty());
/// assert_eq!(scores.capacity(), capacity);
/// ```
pub fn end_round(scores: &mut HashMap<String, i32>) -> Vec<(String, i32)> {
    let mut standings: Vec<(String, i32)> = scores.drain().collect();
    sort_by_name(&mut standings);
    standings
}

/// Ends the round like [`end_round`], but with `std::mem::take`: the whole
/// map is swapped out for a fresh `HashMap`, then consumed by value.
///
/// Returns the same sorted standings as [`end_round`]. `scores` is left as a
/// new, empty map with capacity 0; the old table is freed once its entries
/// have been moved into the result.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Bob"), 20), (String::from("Alice"), 10)]);
/// let history = lesson_05::end_round_with_take(&mut scores);
/// assert_eq!(history, [(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// assert!(scores.is_empty());
/// assert_eq!(scores.capacity(), 0);
/// ```
pub fn end_round_with_take(scores: &mut HashMap<String, i32>) -> Vec<(String, i32)> {
    let old_board = std::mem::take(scores);
    let mut standings: Vec<(String, i32)> = old_board.into_iter().collect();
    sort_by_name(&mut standings);
    standings
}

/// Sorts standings by name. Names in a map are unique, so an unstable sort
/// gives one possible order only.
fn sort_by_name(standings: &mut [(String, i32)]) {
    standings.sort_unstable_by(|a, b| a.0.cmp(&b.0));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    fn standings(entries: &[(&str, i32)]) -> Vec<(String, i32)> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    type EndRound = fn(&mut HashMap<String, i32>) -> Vec<(String, i32)>;
    const BOTH: [(&str, EndRound); 2] = [
        ("end_round", end_round),
        ("end_round_with_take", end_round_with_take),
    ];

    #[test]
    fn both_return_the_standings_sorted_by_name() {
        for (label, end) in BOTH {
            let mut scores = board(&[("Charlie", 10), ("Alice", 0), ("Bob", 5)]);
            assert_eq!(
                end(&mut scores),
                standings(&[("Alice", 0), ("Bob", 5), ("Charlie", 10)]),
                "{label}"
            );
            assert!(scores.is_empty(), "{label}");
        }
    }

    #[test]
    fn both_on_an_empty_board_return_nothing() {
        for (label, end) in BOTH {
            let mut scores = HashMap::new();
            assert!(end(&mut scores).is_empty(), "{label}");
            assert!(scores.is_empty(), "{label}");
        }
    }

    #[test]
    fn both_with_one_player() {
        for (label, end) in BOTH {
            let mut scores = board(&[("Solo", 7)]);
            assert_eq!(end(&mut scores), standings(&[("Solo", 7)]), "{label}");
            assert!(scores.is_empty(), "{label}");
        }
    }

    #[test]
    fn extreme_scores_and_non_ascii_names_move_unchanged() {
        for (label, end) in BOTH {
            let mut scores = board(&[
                ("Zoë", i32::MAX),
                ("Ж", i32::MIN),
                ("字", 0),
                ("😀", -1),
                ("Émile", 3),
            ]);
            // Sorted by `str` order, which is by Unicode code point.
            assert_eq!(
                end(&mut scores),
                standings(&[
                    ("Zoë", i32::MAX),
                    ("Émile", 3),
                    ("Ж", i32::MIN),
                    ("字", 0),
                    ("😀", -1),
                ]),
                "{label}"
            );
        }
    }

    #[test]
    fn end_round_keeps_the_capacity_and_the_next_round_reuses_it() {
        let mut scores: HashMap<String, i32> = (0..100).map(|i| (format!("p{i:02}"), i)).collect();
        let capacity = scores.capacity();
        assert!(capacity >= 100);
        let history = end_round(&mut scores);
        assert_eq!(history.len(), 100);
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity);

        // The next round: as many players again fit without reallocating.
        for (name, _) in history {
            scores.insert(name, 0);
        }
        assert_eq!(scores.len(), 100);
        assert_eq!(scores.capacity(), capacity);

        // Memory back after all: drain, then shrink. `shrink_to_fit` only
        // promises "as much as possible"; today's std frees an empty table.
        end_round(&mut scores);
        scores.shrink_to_fit();
        assert_eq!(scores.capacity(), 0);
    }

    #[test]
    fn emptying_gives_back_the_room_tombstones_took() {
        let fresh: HashMap<String, i32> = (0..100).map(|i| (format!("p{i:02}"), i % 2)).collect();
        for empty in [end_round_and_forget, HashMap::clear] {
            let mut scores = fresh.clone();
            let full_room = scores.capacity();
            scores.retain(|_, score| *score == 0); // may leave tombstones
            let after_removals = scores.capacity();
            assert!(after_removals <= full_room);
            empty(&mut scores);
            assert!(scores.is_empty());
            assert!(scores.capacity() >= after_removals);
            // Today's std frees every slot: the whole table is usable again.
            assert_eq!(scores.capacity(), full_room);
        }
    }

    /// In Rust 1.95's `HashMap` (hashbrown), the table `with_capacity(n)`
    /// makes for a `(String, i32)` map, as `(buckets, capacity)`: the fewest
    /// buckets, a power of two and at least 4, with room for `n`, where a
    /// table of 16 buckets or more may fill 7/8 of them and a smaller one all
    /// but one.
    fn model_table(n: usize) -> (usize, usize) {
        let room = |buckets: usize| {
            if buckets < 16 {
                buckets.saturating_sub(1)
            } else {
                (buckets / 8).saturating_mul(7)
            }
        };
        if n == 0 {
            return (0, 0);
        }
        let mut buckets = 4_usize;
        while room(buckets) < n {
            buckets = buckets.saturating_mul(2);
        }
        (buckets, room(buckets))
    }

    #[test]
    fn room_for_a_million_players_is_7_8_of_2_097_152_buckets() {
        for n in 0..=5_000 {
            let map: HashMap<String, i32> = HashMap::with_capacity(n);
            assert_eq!(map.capacity(), model_table(n).1, "with_capacity({n})");
        }
        let million: HashMap<String, i32> = HashMap::with_capacity(1_000_000);
        assert_eq!(model_table(1_000_000), (2_097_152, 1_835_008));
        assert_eq!(million.capacity(), 1_835_008);
    }

    #[test]
    fn clear_keeps_the_tombstones_of_an_empty_map_and_drain_does_not() {
        // Whether `retain` leaves tombstones depends on where the keys hashed,
        // and every `HashMap::new()` hashes with its own keys: try maps until
        // one emptied by `retain` reports less room than it had (nearly half
        // do), then empty it both ways. A clone keeps the table as it is.
        let mut found = 0_u32;
        for _ in 0..200 {
            let mut cleared: HashMap<String, i32> =
                (0..900).map(|i| (format!("p{i:03}"), i)).collect();
            let full = cleared.capacity();
            cleared.retain(|_, _| false);
            let lowered = cleared.capacity();
            assert!(lowered <= full);
            if lowered == full {
                continue;
            }
            found = found.saturating_add(1);
            let mut drained = cleared.clone();
            assert_eq!(drained.capacity(), lowered, "the clone has the tombstones");

            cleared.clear(); // an empty map: returns at once
            assert_eq!(cleared.capacity(), lowered);
            assert!(end_round(&mut drained).is_empty()); // drain: the table is reset
            assert_eq!(drained.capacity(), full);
            if found == 3 {
                break;
            }
        }
        assert!(found > 0, "no map out of 200 kept a tombstone");
    }

    fn end_round_and_forget(scores: &mut HashMap<String, i32>) {
        let history = end_round(scores);
        assert_eq!(history.len(), 50);
    }

    #[test]
    fn end_round_with_take_leaves_a_fresh_map_with_no_capacity() {
        let mut scores: HashMap<String, i32> = (0..100).map(|i| (format!("p{i:02}"), i)).collect();
        assert!(scores.capacity() >= 100);
        let history = end_round_with_take(&mut scores);
        assert_eq!(history.len(), 100);
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), 0);
        // It allocates again on the next insert.
        scores.insert(String::from("Alice"), 1);
        assert!(scores.capacity() >= 1);
    }

    #[test]
    fn clear_drops_the_entries_and_keeps_the_capacity() {
        let mut scores: HashMap<String, i32> = (0..100).map(|i| (format!("p{i:02}"), i)).collect();
        let capacity = scores.capacity();
        scores.clear();
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity);
    }

    #[test]
    fn clear_on_an_empty_map_does_not_allocate() {
        let mut scores: HashMap<String, i32> = HashMap::new();
        scores.clear();
        assert_eq!(scores.capacity(), 0);
    }

    #[test]
    fn the_names_are_moved_not_cloned() {
        for (label, end) in BOTH {
            let mut scores = board(&[("Alice", 10), ("Bob", 20), ("字", 30), ("😀", 40)]);
            // Where each name's bytes live on the heap, before the round ends.
            let mut buffers: Vec<(String, usize)> = scores
                .keys()
                .map(|name| (name.clone(), name.as_ptr().addr()))
                .collect();
            buffers.sort_unstable();
            let history = end(&mut scores);
            let after: Vec<(String, usize)> = history
                .iter()
                .map(|(name, _)| (name.clone(), name.as_ptr().addr()))
                .collect();
            // Same names, same buffers: the `String`s themselves moved.
            assert_eq!(after, buffers, "{label}");
        }
    }

    #[test]
    fn a_drain_dropped_early_still_empties_the_map() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20), ("Charlie", 30)]);
        let capacity = scores.capacity();
        let mut drain = scores.drain();
        let first = drain.next();
        assert_eq!(drain.len(), 2);
        drop(drain);
        let (name, score) = first.expect("three players to drain");
        assert_eq!(
            board(&[("Alice", 10), ("Bob", 20), ("Charlie", 30)])[&name],
            score
        );
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity);
    }

    #[test]
    fn a_drain_knows_exactly_how_many_entries_it_holds() {
        let mut scores: HashMap<String, i32> = (0..100).map(|i| (format!("p{i:02}"), i)).collect();
        let mut drain = scores.drain();
        assert_eq!(drain.size_hint(), (100, Some(100)));
        drain.next();
        assert_eq!(drain.size_hint(), (99, Some(99)));
        assert_eq!(drain.len(), 99);
    }

    #[test]
    fn a_drain_never_iterated_still_empties_the_map() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
        drop(scores.drain());
        assert!(scores.is_empty());
    }

    #[test]
    fn the_drain_counts_what_is_left_while_the_map_cannot() {
        // The compiling twin of compile_fail/use_map_while_draining.rs.
        let mut scores = board(&[("Alice", 10), ("Bob", 20), ("Ж", 30)]);
        let mut history = Vec::new();
        let mut drain = scores.drain();
        let mut left_after_each = Vec::new();
        while let Some(entry) = drain.next() {
            left_after_each.push(drain.len());
            history.push(entry);
        }
        drop(drain);
        assert_eq!(left_after_each, [2, 1, 0]);
        assert_eq!(history.len(), 3);
        assert!(scores.is_empty());
    }
}
