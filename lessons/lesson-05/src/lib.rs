//! # Lesson 05: `drain`, move everything out and keep the map
//!
//! ## The problem
//!
//! The round is over. Every score on the live board must move into the
//! round's history, the final standings sorted by name, and the board must
//! be left empty, ready for the next round.
//!
//! The tools of the earlier lessons can do it, but badly. Walking `&scores`
//! and pushing `(name.clone(), *score)` into the history copies every name,
//! then `clear()` throws the originals away: each `String` is allocated twice
//! only to keep one. Collecting the keys first (lesson 01) and calling
//! `remove_entry` for each one gets the originals out, but pays for a
//! vector of cloned keys and a lookup per player to find the entry the
//! collecting pass had just walked past. And `retain`
//! (lesson 04) can remove everything, but it drops what it removes.
//!
//! ## The fix
//!
//! [`HashMap::drain`] empties the map and hands you every entry as an owned
//! `(String, i32)` pair. Collect them and you hold the history
//! ([`end_round`]):
//!
//! ```
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Bob"), 20), (String::from("Alice"), 10)]);
//! let mut history: Vec<(String, i32)> = scores.drain().collect();
//! history.sort_unstable_by(|a, b| a.0.cmp(&b.0)); // drain yields in hash order
//! assert_eq!(history, [(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! assert!(scores.is_empty());
//! ```
//!
//! Like every iteration over a `HashMap`, `drain` yields the entries in the
//! map's internal order, which differs from run to run; [`end_round`] sorts
//! the standings by name so that the history is the same every time.
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
//! ask the map how many entries it has left. This loop is rejected (pinned in
//! `compile_fail/use_map_while_draining.rs`):
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! let mut history = Vec::new();
//! for (name, score) in scores.drain() {
//!     println!("{} players left on the board", scores.len());
//!     history.push((name, score));
//! }
//! ```
//!
//! rustc 1.95 says E0502, with three labels:
//!
//! ```text
//! error[E0502]: cannot borrow `scores` as immutable because it is also borrowed as mutable
//!   --> compile_fail/use_map_while_draining.rs:10:50
//!    |
//!  9 |     for (name, score) in scores.drain() {
//!    |                          --------------
//!    |                          |
//!    |                          mutable borrow occurs here
//!    |                          mutable borrow later used here
//! 10 |         println!("{} players left on the board", scores.len());
//!    |                                                  ^^^^^^ immutable borrow occurs here
//! ```
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
//! and blocks even a read. It is still E0502, not E0499: E0499 is two
//! *mutable* borrows, and `len()` only needs a shared one. The fix is to ask
//! the iterator instead of the map: `Drain` knows exactly how many entries it
//! has not yet handed out.
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
//! Mind the `drop(drain)`. `Drain` has a destructor (it is what removes any
//! entries you did not take, see below), so a `Drain` held in a variable
//! keeps its borrow until that variable goes out of scope, not merely until
//! its last use. Without the `drop`, the `is_empty()` check is the same
//! E0502, and rustc 1.95 hangs a third label on the closing brace of the
//! block: "mutable borrow might be used here, when `drain` is dropped and
//! runs the destructor for type
//! `std::collections::hash_map::Drain<'_, String, i32>`"
//! (`tests/diagnostics.rs` compiles this example and checks that label and
//! its line).
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10)]);
//! let mut drain = scores.drain();
//! while let Some(_entry) = drain.next() {}
//! assert!(scores.is_empty()); // `drain` is still alive: dropped at the `}`
//! ```
//!
//! ## "Avoids the allocation of a key list"
//!
//! The source article's decision matrix says `drain` avoids allocating a key
//! list. True, and the reason is worth stating exactly: `drain` needs no list
//! of keys because it gives you the keys themselves. Each `String` leaves the
//! map and arrives in your hands with the same heap buffer (a test in this
//! lesson compares the buffers' addresses before and after): nothing is
//! cloned. [`end_round`] does allocate one thing, the `Vec` it returns, but
//! that vector *is* the history: storage the job needs anyway, not a
//! temporary. If you only need to consume the entries (add them to a total,
//! push them into a history you already have), loop over `drain()` directly:
//! each entry goes straight to where it is used, with no list in between.
//!
//! ## Three ways to empty a map
//!
//! | call                     | the entries                       | the map left behind           |
//! |--------------------------|-----------------------------------|-------------------------------|
//! | `scores.drain()`         | moved out to you, one by one      | empty, capacity kept          |
//! | `std::mem::take(scores)` | moved out to you, table and all   | a fresh `HashMap`, capacity 0 |
//! | `scores.clear()`         | dropped                           | empty, capacity kept          |
//!
//! [`end_round_with_take`] gets the same standings as [`end_round`] another
//! way: `std::mem::take` swaps an empty `HashMap::new()` into `*scores` and
//! returns the old map, table and all, which is then consumed by value with
//! `into_iter()`. The old table's memory is freed once that iteration is
//! over, and the map the caller keeps has capacity 0: it will allocate again
//! on the next insert. `clear()` is the choice when the entries are not
//! wanted at all: it drops them and keeps the room, like `drain` with
//! nobody listening.
//!
//! "Capacity kept" means the table stays allocated at the same size.
//! `capacity()` after `drain` or `clear` is what it was before, or more if
//! earlier removals had left tombstones behind (lesson 04, "What it costs"):
//! emptying the table clears those too, so all its room is usable again.
//!
//! Which one? If the next round will hold about as many players, keep the
//! capacity (`drain` or `clear`): the board refills without reallocating.
//! If this round was unusually large and the memory should go back, `take`
//! (or `drain` followed by `shrink_to_fit`).
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
//! If you want to move out only *some* entries and leave the rest in the
//! map, `drain` is the wrong tool: use `extract_if` (lesson 08).
//!
//! ## What it costs
//!
//! One pass over the table. No key is cloned, no entry is looked up, no
//! list of keys is built: the only allocation in [`end_round`] is the
//! history it returns, and it is made once, at its final size, because a
//! `Drain` knows how many entries it holds (a unit test checks its
//! `size_hint`; the `costs` crate's dhat test, `costs/tests/allocations.rs`,
//! counts `drain().collect()` at exactly one block of `n` entries, and
//! emptying with `drain`, `clear` or `take` at zero). The table's memory is kept
//! for the next round (and with `take`, handed over and freed instead).
//!
//! Measured on a board of 1 000 000 players (`costs/benches/empty_the_map.rs`,
//! table in `README.md#what-it-costs`; ratios only, since times depend on
//! the machine):
//!
//! * [`end_round`] took 35x the time of a bare `drain().collect()` into a
//!   `Vec` (12x at 1 000 players). Both make exactly one allocation, the
//!   vector, and copy no name, so the difference is the sort by name, not
//!   the drain.
//! * `drain` and `clear` left all 1 835 008 slots of the table in place;
//!   `std::mem::take` left the caller a map with 0. Dropping the table that
//!   `take` handed over took about what `clear` took (1.1x): either way every
//!   name is freed once.
//!
//! ## When not to use it
//!
//! * To keep some entries and remove others, `retain` (lesson 04), or
//!   `extract_if` (lesson 08) if you want the removed ones.
//! * If the map itself is finished with, not reused, consume it by value:
//!   `for (name, score) in scores` (that is what `take` does for a map you
//!   only hold by `&mut`).
//! * To change values in place, `values_mut()` (lesson 07).
//!
//! ## Scores at the top of the range
//!
//! Nothing in this lesson adds to a score: entries move out exactly as they
//! were, so a score at `i32::MAX` or `i32::MIN` arrives in the history
//! unchanged. When the next round awards points on the reused map, it adds
//! with `saturating_add` like the rest of the course.
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
