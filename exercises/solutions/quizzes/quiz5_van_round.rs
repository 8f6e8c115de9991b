// Quiz 5, after lesson 11 (lessons 09 to 11): choose the tools, then
// implement `run_round`.
//
// Read: the README's "Which tool for which job" table, and the lessons it
//       points to (lessons/lesson-NN/src/lib.rs).
// Run:  cargo run -p lesson-11   (from the repository root)
//
// A bike-share network knows how many bikes are docked at each station
// (station -> bikes). The app's threads read and change those counts too,
// so the map lives behind a lock in `Docks`, whose `read` and `write` hand
// out the lock's guards and count them (do not change `Docks` or `Move`).
// A van rebalances the network: its plan is a list of moves, in the order
// it drives them. `run_round` drives the plan once, in that order:
// - a move is done when `from` and `to` are two different stations of the
//   network, `from` has at least `bikes` bikes, and `to` can take them
//   without passing u32::MAX: both counts change, and the move leaves the
//   plan;
// - any other move changes nothing and stays in the plan, for tomorrow.
// It returns how many bikes it moved. Nobody tells you which tools to use:
// the rules below decide them. The map's hasher is a type parameter, so
// that a test can count the lookups.
//
// Rules (each is checked by the test named after it):
// - a done move changes both stations and leaves the plan, and a later move
//   sees the bikes an earlier one brought (`tests::moves_happen_in_plan_order`);
// - a refused move changes nothing and stays in the plan, in its place
//   among the others (`tests::refused_moves_stay_for_tomorrow`);
// - the same station twice, or a station not in the network, is refused,
//   never a panic (`tests::bad_moves_are_refused_without_a_panic`);
// - the call returns the bikes moved, which may pass u32::MAX
//   (`tests::returns_the_bikes_moved`);
// - at most two lookups per move (`tests::at_most_two_lookups_per_move`);
// - the app's threads see the network before the round or after it, never
//   half done: the round takes exactly one guard, with `docks.write()`, none
//   with `docks.read()`, and it finishes (the tests give it a second)
//   (`tests::one_write_guard_for_the_whole_round`);
// - no allocation: the moves that stay are the same moves, in the plan's
//   own buffer (`tests::no_allocation_and_the_plan_kept`).
//
// The tests call `run_round` as it is declared below, each time on a thread
// of its own, and compare it with a plain model on 300 generated networks.
// Stuck? `rustlings hint quiz5_van_round`.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Station -> bikes docked, behind a lock that counts the guards it hands out.
struct Docks<S = RandomState> {
    stations: RwLock<HashMap<String, u32, S>>,
    reads: AtomicUsize,
    writes: AtomicUsize,
}

impl<S> Docks<S> {
    /// A read guard: shared with other readers, like `&`.
    fn read(&self) -> RwLockReadGuard<'_, HashMap<String, u32, S>> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        // A poisoned lock still holds plain counts: carry on with them.
        self.stations.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// A write guard: the map alone, like `&mut`. It waits until no other
    /// guard is alive, one held by the calling thread included: with Rust
    /// 1.95 on Linux, that thread then waits for ever (the documentation
    /// allows a panic instead).
    fn write(&self) -> RwLockWriteGuard<'_, HashMap<String, u32, S>> {
        self.writes.fetch_add(1, Ordering::Relaxed);
        self.stations
            .write()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// Take `bikes` bikes from station `from` to station `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Move {
    from: String,
    to: String,
    bikes: u32,
}

/// Drives the plan once, in order: the moves that can be done are done and
/// leave the plan; returns the bikes moved.
fn run_round<S: BuildHasher>(docks: &Docks<S>, plan: &mut Vec<Move>) -> u64 {
    // TODO: implement the job and the rules above.
    let mut stations = docks.write();
    let mut moved = 0;
    plan.retain(|step| {
        if step.from == step.to {
            return true;
        }
        let [Some(from), Some(to)] = stations.get_disjoint_mut([&step.from, &step.to]) else {
            return true;
        };
        let (Some(left), Some(docked)) = (from.checked_sub(step.bikes), to.checked_add(step.bikes))
        else {
            return true;
        };
        (*from, *to) = (left, docked);
        moved += u64::from(step.bikes);
        false
    });
    moved
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
        Gen, NAMES, allocations, board, check_may_block, counted, finishes, owned, same, sorted,
    };
    use std::collections::{BTreeMap, HashSet};

    fn docks<S>(stations: HashMap<String, u32, S>) -> Docks<S> {
        Docks {
            stations: RwLock::new(stations),
            reads: AtomicUsize::new(0),
            writes: AtomicUsize::new(0),
        }
    }

    fn plan(moves: &[(&str, &str, u32)]) -> Vec<Move> {
        moves
            .iter()
            .map(|&(from, to, bikes)| Move {
                from: from.to_owned(),
                to: to.to_owned(),
                bikes,
            })
            .collect()
    }

    /// Runs a round on a thread of its own; gives back the docks, the plan
    /// and the bikes moved, or why the round did not return.
    fn round<S: BuildHasher + Send + 'static>(
        docks: Docks<S>,
        mut plan: Vec<Move>,
    ) -> Result<(Docks<S>, Vec<Move>, u64), String> {
        finishes(move || {
            let moved = run_round(&docks, &mut plan);
            (docks, plan, moved)
        })
    }

    /// The stations after a round, read the way the app's threads read them.
    fn counts<S: BuildHasher>(docks: &Docks<S>) -> BTreeMap<String, u32> {
        sorted(&docks.read())
    }

    #[test]
    fn moves_happen_in_plan_order() {
        let network = board(&[("Quay", 5), ("Mill", 3), ("Park", 0)]);
        let moves = plan(&[
            ("Quay", "Mill", 5),
            ("Mill", "Park", 8),
            ("Park", "Quay", 2),
        ]);
        let (after, left, moved) = round(docks(network), moves).unwrap();
        assert_eq!(moved, 15);
        assert!(left.is_empty(), "every move was done: {left:?}");
        let expected = board(&[("Quay", 2), ("Mill", 0), ("Park", 6)]);
        assert_eq!(counts(&after), sorted(&expected));
    }

    #[test]
    fn refused_moves_stay_for_tomorrow() {
        let network = board(&[("Quay", 4), ("Mill", u32::MAX - 1), ("Park", 0)]);
        let moves = plan(&[
            ("Park", "Quay", 1),
            ("Quay", "Park", 3),
            ("Quay", "Mill", 1),
            ("Quay", "Mill", 2),
            ("Park", "Quay", 1),
            ("Quay", "Park", 5),
        ]);
        let (after, left, moved) = round(docks(network), moves).unwrap();
        assert_eq!(moved, 5, "Quay to Park 3, Quay to Mill 1, Park to Quay 1");
        assert_eq!(
            left,
            plan(&[
                ("Park", "Quay", 1),
                ("Quay", "Mill", 2),
                ("Quay", "Park", 5)
            ])
        );
        let expected = board(&[("Quay", 1), ("Mill", u32::MAX), ("Park", 2)]);
        assert_eq!(counts(&after), sorted(&expected));
    }

    #[test]
    fn bad_moves_are_refused_without_a_panic() {
        let network = board(&[("Quay", 4), ("quay", 4), ("字", 0)]);
        let moves = plan(&[
            ("Quay", "Quay", 1),
            ("Gone", "Gone", 0),
            ("Gone", "Quay", 0),
            ("Quay", "Gone", 1),
            ("Lost", "Gone", 1),
            ("", "", 0),
            ("Quay", "quay", 4),
            ("字", "quay", 0),
        ]);
        let (after, left, moved) = round(docks(network.clone()), moves.clone()).unwrap();
        assert_eq!(moved, 4);
        assert_eq!(left, moves[..6]);
        let expected = board(&[("Quay", 0), ("quay", 8), ("字", 0)]);
        assert_eq!(counts(&after), sorted(&expected));
    }

    #[test]
    fn returns_the_bikes_moved() {
        let network = board(&[("a", u32::MAX), ("b", 0), ("c", u32::MAX)]);
        let moves = plan(&[("a", "b", u32::MAX), ("c", "a", u32::MAX), ("b", "c", 0)]);
        let (after, left, moved) = round(docks(network), moves).unwrap();
        assert_eq!(moved, 2 * u64::from(u32::MAX));
        assert!(left.is_empty());
        let expected = board(&[("a", u32::MAX), ("b", u32::MAX), ("c", 0)]);
        assert_eq!(counts(&after), sorted(&expected));
        let (_, _, moved) = round(docks(HashMap::new()), Vec::new()).unwrap();
        assert_eq!(moved, 0, "no station, no plan");
    }

    #[test]
    fn at_most_two_lookups_per_move() {
        let network = owned(&[("Quay", 10), ("Mill", 0), ("Park", u32::MAX)]);
        // Room for four more: the table never grows, so it never rehashes.
        let mut after = docks(counted(network, 4));
        for step in [
            ("Quay", "Mill", 4),
            ("Quay", "Park", 1),
            ("Mill", "Quay", 9),
            ("Quay", "Gone", 1),
            ("Gone", "Quay", 1),
            ("Gone", "Lost", 1),
            ("Park", "Park", 1),
        ] {
            after.stations.read().unwrap().hasher().reset();
            (after, _, _) = round(after, plan(&[step])).unwrap();
            let lookups = after.stations.read().unwrap().hasher().hashes();
            assert!(lookups <= 2, "{lookups} lookups for the move {step:?}");
        }
        let expected = owned(&[("Quay", 6), ("Mill", 4), ("Park", u32::MAX)]);
        assert_eq!(counts(&after), expected.into_iter().collect());
    }

    #[test]
    fn one_write_guard_for_the_whole_round() {
        for moves in [
            plan(&[
                ("Quay", "Mill", 1),
                ("Mill", "Quay", 1),
                ("Quay", "Park", 9),
            ]),
            plan(&[("Quay", "Park", 9)]),
        ] {
            let network = board(&[("Quay", 5), ("Mill", 5), ("Park", 5)]);
            let (after, _, _) = round(docks(network), moves.clone()).unwrap();
            let guards = (
                after.reads.load(Ordering::Relaxed),
                after.writes.load(Ordering::Relaxed),
            );
            assert_eq!(guards, (0, 1), "(read guards, write guards) for {moves:?}");
        }
    }

    #[test]
    fn no_allocation_and_the_plan_kept() {
        let network: HashMap<String, u32> =
            (0..50).map(|i| (format!("station {i:>16}"), i)).collect();
        let moves: Vec<Move> = (0..200_u32)
            .map(|i| Move {
                from: format!("station {:>16}", i % 50),
                to: format!("station {:>16}", (i * 7 + 3) % 50),
                bikes: i % 5,
            })
            .collect();
        // Station names repeat between moves: remember each move's own buffer.
        let before: HashSet<usize> = moves.iter().map(|step| step.from.as_ptr().addr()).collect();
        let (capacity, address) = (moves.capacity(), moves.as_ptr().addr());
        let outcome = finishes(move || {
            let docks = docks(network);
            let mut moves = moves;
            let (moved, allocated) = allocations(|| run_round(&docks, &mut moves));
            (moves, moved, allocated)
        });
        let (left, moved, allocated) = outcome.unwrap();
        assert_eq!(allocated, 0, "allocations");
        assert!(
            moved > 0 && !left.is_empty(),
            "some moves done, some refused"
        );
        assert_eq!(
            (left.capacity(), left.as_ptr().addr()),
            (capacity, address),
            "the plan's buffer"
        );
        for step in &left {
            assert!(
                before.contains(&step.from.as_ptr().addr()),
                "{step:?} is a copy"
            );
        }
    }

    type Moves = Vec<(String, String, u32)>;

    /// The model: a `BTreeMap`, and the plan walked into a new list.
    fn model(entries: &[(String, u32)], moves: &Moves) -> (BTreeMap<String, u32>, Moves, u64) {
        let mut stations: BTreeMap<String, u32> = entries.iter().cloned().collect();
        let mut left = Vec::new();
        let mut moved = 0;
        for (from, to, bikes) in moves {
            let done = from != to
                && stations.contains_key(from)
                && stations.contains_key(to)
                && stations[from] >= *bikes
                && u64::from(stations[to]) + u64::from(*bikes) <= u64::from(u32::MAX);
            if done {
                *stations.get_mut(from).unwrap() -= bikes;
                *stations.get_mut(to).unwrap() += bikes;
                moved += u64::from(*bikes);
            } else {
                left.push((from.clone(), to.clone(), *bikes));
            }
        }
        (stations, left, moved)
    }

    #[test]
    fn matches_the_model_on_many_networks() {
        check_may_block(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::u32);
                let k = g.size();
                let moves: Moves = (0..k)
                    .map(|_| {
                        let two = g.keys_or_names(&entries, NAMES, 2);
                        let to = if g.one_in(8) {
                            two[0].clone()
                        } else {
                            two[1].clone()
                        };
                        let bikes = g.value_or(&entries, Gen::u32);
                        (two[0].clone(), to, bikes)
                    })
                    .collect();
                (entries, moves)
            },
            |(entries, moves)| {
                let network: HashMap<String, u32> = entries.iter().cloned().collect();
                let steps: Vec<Move> = moves
                    .iter()
                    .map(|(from, to, bikes)| Move {
                        from: from.clone(),
                        to: to.clone(),
                        bikes: *bikes,
                    })
                    .collect();
                let (after, left, moved) = round(docks(network), steps)?;
                let left: Moves = left
                    .into_iter()
                    .map(|step| (step.from, step.to, step.bikes))
                    .collect();
                same(
                    "(stations, plan left, bikes moved)",
                    (counts(&after), left, moved),
                    model(&entries, &moves),
                )
            },
        );
    }
}
