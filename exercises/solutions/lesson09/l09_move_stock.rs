// Lesson 09 (closures and pairs): make it compile. The stub fails with E0499.
//
// Read: lessons/lesson-09/src/lib.rs, "Two entries at once"
// Run:  cargo run -p lesson-09   (from the repository root)
//
// A warehouse keeps its stock by bin: bin label -> units in the bin. A
// picker moves units from one bin to another, and the move is all or
// nothing: either both bins change, or neither does and the call says why.
//
// Rules (each is checked by the test named after it):
// - a move takes `units` out of `from` and puts them into `to`
//   (`tests::a_move_changes_both_bins`);
// - the same bin twice is `Err(SameBin(label))`, even for a bin that does
//   not exist; it never panics (`tests::the_same_bin_twice_is_refused`);
// - a bin that does not exist is `Err(NoSuchBin(label))`, `from` checked
//   before `to` (`tests::a_missing_bin_is_named`);
// - fewer than `units` in `from` is `Err(NotEnough)`; more than u32::MAX in
//   `to` is `Err(Full)`, `NotEnough` checked first
//   (`tests::not_enough_and_full_are_refused`);
// - a refused move changes nothing (`tests::a_refused_move_changes_nothing`);
// - at most two lookups per move, and no allocation when the move is done
//   (`tests::two_lookups_and_no_allocation`).
//
// The tests call `move_units` as it is declared below (the map's hasher is
// a type parameter, so that a test can count the lookups), and compare it
// with a plain model on 300 generated warehouses. Stuck? `rustlings hint l09_move_stock`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Why a move was refused. Nothing changed.
#[derive(Debug, PartialEq, Eq)]
enum Refused {
    /// `from` and `to` are the same bin.
    SameBin(String),
    /// This bin does not exist.
    NoSuchBin(String),
    /// `from` holds fewer than the units to move.
    NotEnough,
    /// `to` would hold more than u32::MAX units.
    Full,
}

/// Moves `units` from bin `from` to bin `to`, or changes nothing.
fn move_units<S: BuildHasher>(
    bins: &mut HashMap<String, u32, S>,
    from: &str,
    to: &str,
    units: u32,
) -> Result<(), Refused> {
    // TODO: make it compile without breaking a rule above.
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    let [source, target] = bins.get_disjoint_mut([from, to]);
    let source = source.ok_or_else(|| Refused::NoSuchBin(from.to_owned()))?;
    let target = target.ok_or_else(|| Refused::NoSuchBin(to.to_owned()))?;
    let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
    let filled = target.checked_add(units).ok_or(Refused::Full)?;
    *source = left;
    *target = filled;
    Ok(())
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
    use crate::harness::{Gen, NAMES, allocations, board, check, counted, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn a_move_changes_both_bins() {
        let mut bins = board(&[("A1", 10), ("B2", 0), ("C3", 7)]);
        assert_eq!(move_units(&mut bins, "A1", "B2", 4), Ok(()));
        assert_eq!(bins, board(&[("A1", 6), ("B2", 4), ("C3", 7)]));
        assert_eq!(move_units(&mut bins, "A1", "B2", 6), Ok(()), "every unit");
        assert_eq!(move_units(&mut bins, "C3", "A1", 0), Ok(()), "no unit");
        assert_eq!(bins, board(&[("A1", 0), ("B2", 10), ("C3", 7)]));
    }

    #[test]
    fn the_same_bin_twice_is_refused() {
        let start = board(&[("A1", 10), ("a1", 5)]);
        for (bin, units) in [("A1", 3), ("A1", 0), ("Z9", 3), ("", 0)] {
            let mut bins = start.clone();
            assert_eq!(
                move_units(&mut bins, bin, bin, units),
                Err(Refused::SameBin(bin.to_owned())),
                "{bin:?} to itself"
            );
            assert_eq!(bins, start);
        }
    }

    #[test]
    fn a_missing_bin_is_named() {
        let start = board(&[("A1", 10), ("字", 5)]);
        let cases = [
            ("Z9", "A1", "Z9"),
            ("A1", "Z9", "Z9"),
            ("Y8", "Z9", "Y8"),
            ("a1", "字", "a1"),
        ];
        for (from, to, missing) in cases {
            let mut bins = start.clone();
            assert_eq!(
                move_units(&mut bins, from, to, 1),
                Err(Refused::NoSuchBin(missing.to_owned())),
                "{from:?} to {to:?}"
            );
            assert_eq!(bins, start);
        }
        let mut empty = HashMap::new();
        assert_eq!(
            move_units(&mut empty, "A1", "B2", 0),
            Err(Refused::NoSuchBin("A1".to_owned()))
        );
    }

    #[test]
    fn not_enough_and_full_are_refused() {
        let start = board(&[("low", 3), ("high", u32::MAX - 2), ("mid", 10)]);
        let cases = [
            ("low", "mid", 4, Err(Refused::NotEnough)),
            ("mid", "high", 3, Err(Refused::Full)),
            ("low", "high", 4, Err(Refused::NotEnough)),
            ("high", "low", u32::MAX, Err(Refused::NotEnough)),
        ];
        for (from, to, units, answer) in cases {
            let mut bins = start.clone();
            assert_eq!(
                move_units(&mut bins, from, to, units),
                answer,
                "{from} to {to}"
            );
            assert_eq!(bins, start);
        }
        let mut bins = start.clone();
        assert_eq!(
            move_units(&mut bins, "low", "high", 2),
            Ok(()),
            "right up to u32::MAX"
        );
        assert_eq!(bins, board(&[("low", 1), ("high", u32::MAX), ("mid", 10)]));
        let mut bins = board(&[("full", u32::MAX), ("empty", 0)]);
        assert_eq!(move_units(&mut bins, "full", "empty", u32::MAX), Ok(()));
        assert_eq!(bins, board(&[("full", 0), ("empty", u32::MAX)]));
    }

    #[test]
    fn a_refused_move_changes_nothing() {
        // Each of these can be refused only after both bins were found.
        let start = board(&[("A1", 5), ("B2", u32::MAX), ("C3", 0)]);
        for (from, to, units) in [("A1", "B2", 1), ("C3", "A1", 1), ("A1", "C3", 6)] {
            let mut bins = start.clone();
            assert!(move_units(&mut bins, from, to, units).is_err());
            assert_eq!(bins, start, "{from} to {to}: {units}");
        }
    }

    #[test]
    fn two_lookups_and_no_allocation() {
        let entries: Vec<(String, u32)> = (0..50).map(|i| (format!("bin {i:>16}"), i)).collect();
        let mut bins = counted(entries, 0);
        let (done, allocated) = allocations(|| {
            move_units(&mut bins, "bin               40", "bin                2", 7)
        });
        assert_eq!(done, Ok(()));
        assert_eq!(allocated, 0, "allocations for a move that is done");
        assert!(
            bins.hasher().hashes() <= 2,
            "{} lookups",
            bins.hasher().hashes()
        );
        for (from, to) in [
            ("bin               40", "nowhere"),
            ("nowhere", "bin                2"),
        ] {
            bins.hasher().reset();
            assert!(move_units(&mut bins, from, to, 1).is_err());
            assert!(
                bins.hasher().hashes() <= 2,
                "{} lookups",
                bins.hasher().hashes()
            );
        }
        bins.hasher().reset();
        assert!(move_units(&mut bins, "bin                3", "bin                2", 4).is_err());
        assert!(
            bins.hasher().hashes() <= 2,
            "{} lookups",
            bins.hasher().hashes()
        );
        assert_eq!(
            (bins["bin               40"], bins["bin                2"]),
            (33, 9)
        );
    }

    type Moves = Vec<(String, String, u32)>;

    /// The model: a `BTreeMap`, and every check written out in order.
    fn model(
        entries: &[(String, u32)],
        moves: &Moves,
    ) -> (Vec<Result<(), Refused>>, BTreeMap<String, u32>) {
        let mut bins: BTreeMap<String, u32> = entries.iter().cloned().collect();
        let mut answers = Vec::new();
        for (from, to, units) in moves {
            let answer = if from == to {
                Err(Refused::SameBin(from.clone()))
            } else if !bins.contains_key(from) {
                Err(Refused::NoSuchBin(from.clone()))
            } else if !bins.contains_key(to) {
                Err(Refused::NoSuchBin(to.clone()))
            } else if bins[from] < *units {
                Err(Refused::NotEnough)
            } else if u64::from(bins[to]) + u64::from(*units) > u64::from(u32::MAX) {
                Err(Refused::Full)
            } else {
                bins.insert(from.clone(), bins[from] - units);
                bins.insert(to.clone(), bins[to] + units);
                Ok(())
            };
            answers.push(answer);
        }
        (answers, bins)
    }

    #[test]
    fn matches_the_model_on_many_warehouses() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::u32);
                let k = g.size();
                let moves: Moves = (0..k)
                    .map(|_| {
                        let [from, to] = if g.one_in(6) {
                            let bin = g.keys_or_names(&entries, NAMES, 1).remove(0);
                            [bin.clone(), bin]
                        } else {
                            let two = g.keys_or_names(&entries, NAMES, 2);
                            [two[0].clone(), two[1].clone()]
                        };
                        let units = g.value_or(&entries, Gen::u32);
                        (from, to, units)
                    })
                    .collect();
                (entries, moves)
            },
            |(entries, moves)| {
                let mut bins: HashMap<String, u32> = entries.iter().cloned().collect();
                let answers: Vec<Result<(), Refused>> = moves
                    .iter()
                    .map(|(from, to, units)| move_units(&mut bins, from, to, *units))
                    .collect();
                same(
                    "(answers, bins)",
                    (answers, sorted(&bins)),
                    model(&entries, &moves),
                )
            },
        );
    }
}
