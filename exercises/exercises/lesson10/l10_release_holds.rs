// Lesson 10 (the hostage at run time): make the tests pass. The stub
// compiles, and blocks.
//
// Read: lessons/lesson-10/src/lib.rs, "Locks: the same rule, and a hang
//       instead of a panic" and "Testing a deadlock honestly";
//       lessons/lesson-08/src/lib.rs, "The fix"
// Run:  cargo run -p lesson-10   (from the repository root)
//
// A box office holds seats for buyers who are still paying: seat -> the
// second the hold ends. The holds are shared by the box office's threads
// in a `Holds`, which hands out the lock's guards through `read` and
// `write` (and counts them: do not change `Holds`). Every few seconds a
// sweep releases the holds that have ended, and reports the seats, so that
// they can be sold again.
//
// Rules (each is checked by the test named after it):
// - a hold that ends at `now` or earlier is released; the others stay as
//   they are; `now` may be 0 or u64::MAX (`tests::holds_ended_by_now_are_released`);
// - the seats released come back sorted (byte order)
//   (`tests::released_seats_come_back_sorted`);
// - the sweep finishes: it never waits for a guard it holds itself (the
//   tests give it a second, then report "blocked")
//   (`tests::a_sweep_with_holds_to_release_finishes`);
// - other threads see the holds before the sweep or after it, never half
//   swept: the sweep takes exactly one guard, with `holds.write()`, and
//   none with `holds.read()` (`tests::one_write_guard_for_the_whole_sweep`);
// - seats are moved out of the map, never copied, and the map keeps its
//   table: no new table, so `capacity()` does not grow, and it drops by at
//   most one per removed entry (in Rust 1.95's `HashMap` a removal may leave
//   a tombstone, a slot that `capacity()` stops counting)
//   (`tests::seats_are_moved_and_the_table_kept`).
//
// The tests call `release_ended` as it is declared below, each time on a
// thread of its own, and compare it with a plain model on 300 generated box
// offices. Stuck? `rustlings hint l10_release_holds`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// The seats on hold (seat -> the second the hold ends), behind a lock that
/// counts the guards it hands out.
struct Holds {
    seats: RwLock<HashMap<String, u64>>,
    reads: AtomicUsize,
    writes: AtomicUsize,
}

impl Holds {
    /// A read guard: shared with other readers, like `&`.
    fn read(&self) -> RwLockReadGuard<'_, HashMap<String, u64>> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        // A thread that panicked while writing leaves the lock poisoned;
        // the holds are plain numbers, so carry on with them.
        self.seats.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// A write guard: the holds alone, like `&mut`. It waits until no other
    /// guard is alive, one held by the calling thread included: with Rust
    /// 1.95 on Linux, that thread then waits for ever (the documentation
    /// allows a panic instead).
    fn write(&self) -> RwLockWriteGuard<'_, HashMap<String, u64>> {
        self.writes.fetch_add(1, Ordering::Relaxed);
        self.seats.write().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Releases every hold that ends at `now` or earlier; returns those seats,
/// sorted.
fn release_ended(holds: &Holds, now: u64) -> Vec<String> {
    // TODO: make the tests pass without breaking a rule above.
    let mut released = Vec::new();
    for (seat, &ends) in holds.read().iter() {
        if ends <= now {
            holds.write().remove(seat);
            released.push(seat.clone());
        }
    }
    released.sort();
    released
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
#[path = "../../support/harness.rs"]
mod harness;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::harness::{
        Gen, NAMES, board, buffers, check_may_block, finishes, kept_its_table, moved_not_copied,
        same, sorted,
    };
    use std::collections::BTreeMap;

    fn holds(seats: HashMap<String, u64>) -> Holds {
        Holds {
            seats: RwLock::new(seats),
            reads: AtomicUsize::new(0),
            writes: AtomicUsize::new(0),
        }
    }

    /// Runs a sweep on a thread of its own; gives back the holds and what
    /// the sweep returned, or why it did not return.
    fn sweep(holds: Holds, now: u64) -> Result<(Holds, Vec<String>), String> {
        finishes(move || {
            let released = release_ended(&holds, now);
            (holds, released)
        })
    }

    fn left(holds: Holds) -> HashMap<String, u64> {
        holds
            .seats
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
    }

    #[test]
    fn holds_ended_by_now_are_released() {
        let start = board(&[("A1", 99), ("A2", 100), ("A3", 101), ("B1", 0)]);
        let (after, released) = sweep(holds(start.clone()), 100).unwrap();
        assert_eq!(released, ["A1", "A2", "B1"]);
        assert_eq!(left(after), board(&[("A3", 101)]));

        let (after, released) = sweep(holds(start.clone()), 0).unwrap();
        assert_eq!(released, ["B1"], "now = 0");
        assert_eq!(left(after), board(&[("A1", 99), ("A2", 100), ("A3", 101)]));

        let forever = board(&[("A1", u64::MAX), ("A2", u64::MAX - 1)]);
        let (after, released) = sweep(holds(forever), u64::MAX).unwrap();
        assert_eq!(released, ["A1", "A2"], "now = u64::MAX");
        assert!(left(after).is_empty());
    }

    #[test]
    fn released_seats_come_back_sorted() {
        let mut start: HashMap<String, u64> =
            ('a'..='z').map(|row| (format!("{row}7"), 5)).collect();
        start.insert("Z7".to_owned(), 5);
        start.insert("字1".to_owned(), 5);
        start.insert("later".to_owned(), 6);
        let mut expected: Vec<String> = ('a'..='z').map(|row| format!("{row}7")).collect();
        expected.insert(0, "Z7".to_owned());
        expected.push("字1".to_owned());
        let (after, released) = sweep(holds(start), 5).unwrap();
        assert_eq!(released, expected);
        assert_eq!(left(after), board(&[("later", 6)]));
    }

    #[test]
    fn a_sweep_with_holds_to_release_finishes() {
        for now in [0, 50, u64::MAX] {
            let start = board(&[("A1", 0), ("A2", 50), ("A3", u64::MAX)]);
            if let Err(why) = sweep(holds(start), now) {
                panic!("now = {now}: {why}");
            }
        }
    }

    #[test]
    fn one_write_guard_for_the_whole_sweep() {
        for now in [10, 20] {
            let start = board(&[("A1", 10), ("A2", 15), ("A3", 20), ("A4", 25)]);
            let (after, released) = sweep(holds(start), now).unwrap();
            assert_eq!(
                after.reads.load(Ordering::Relaxed),
                0,
                "read guards, now = {now}"
            );
            assert_eq!(
                after.writes.load(Ordering::Relaxed),
                1,
                "write guards, now = {now}"
            );
            assert_eq!(released.len() + after.read().len(), 4, "now = {now}");
        }
    }

    #[test]
    fn seats_are_moved_and_the_table_kept() {
        let start: HashMap<String, u64> =
            (0..400).map(|i| (format!("seat {i:>16}"), i % 4)).collect();
        let before = buffers(start.keys());
        let capacity = start.capacity();
        let (after, released) = sweep(holds(start), 1).unwrap();
        assert_eq!(released.len(), 200);
        moved_not_copied(&before, &released).unwrap();
        kept_its_table(capacity, left(after).capacity(), 200).unwrap();
    }

    fn model(entries: &[(String, u64)], now: u64) -> (Vec<String>, BTreeMap<String, u64>) {
        let mut released: Vec<String> = entries
            .iter()
            .filter(|(_, ends)| *ends <= now)
            .map(|(seat, _)| seat.clone())
            .collect();
        released.sort();
        let kept = entries
            .iter()
            .filter(|(_, ends)| *ends > now)
            .cloned()
            .collect();
        (released, kept)
    }

    #[test]
    fn matches_the_model_on_many_box_offices() {
        check_may_block(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::u64);
                let now = g.value_or(&entries, Gen::u64);
                (entries, now)
            },
            |(entries, now)| {
                let start: HashMap<String, u64> = entries.iter().cloned().collect();
                let (after, released) = sweep(holds(start), now)?;
                same(
                    "(released, holds left)",
                    (released, sorted(&left(after))),
                    model(&entries, now),
                )
            },
        );
    }
}
