// Lesson 09 (closures and pairs): make it compile. The stub fails with E0499.
//
// Read: lessons/lesson-09/src/lib.rs, "Two entries at once"
// Run:  cargo run -p lesson-09   (from the repository root)
//
// A warehouse keeps its stock by bin: bin label -> units in the bin. A
// picker splits a bin: `units[0] + units[1]` units come out of bin `from`,
// `units[0]` of them go into bin `to[0]` and `units[1]` into bin `to[1]`.
// The split is all or nothing: either the three bins change, or none does
// and the call says why.
//
// Rules (each is checked by the test named after it):
// - a split takes `units[0] + units[1]` out of `from`, puts `units[0]` into
//   `to[0]` and `units[1]` into `to[1]`
//   (`tests::a_split_changes_three_bins`);
// - a label given twice (any two of the three equal) is
//   `Err(SameBin(label))`, checked first, even for a bin that does not
//   exist; it never panics (`tests::a_bin_named_twice_is_refused`);
// - a bin that does not exist is `Err(NoSuchBin(label))`, the first missing
//   in the order `from`, `to[0]`, `to[1]`, and before any count is checked
//   (`tests::a_missing_bin_is_named`);
// - fewer than `units[0] + units[1]` in `from` is `Err(NotEnough)`, also
//   when that sum is more than u32::MAX; it never panics
//   (`tests::not_enough_counts_both_amounts`);
// - a bin of `to` that would hold more than u32::MAX units is
//   `Err(Full(label))`, `to[0]` checked before `to[1]`, and `NotEnough`
//   before both (`tests::a_full_bin_is_named`);
// - a refused split changes nothing
//   (`tests::a_refused_split_changes_nothing`);
// - at most three lookups per split, and no allocation when the split is
//   done (`tests::three_lookups_and_no_allocation`).
//
// The tests call `split_units` as it is declared below (the map's hasher is
// a type parameter, so that a test can count the lookups), and compare it
// with a plain model on 300 generated warehouses. Stuck? `rustlings hint l09_move_stock`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Why a split was refused. Nothing changed.
#[derive(Debug, PartialEq, Eq)]
enum Refused {
    /// This label is given twice.
    SameBin(String),
    /// This bin does not exist.
    NoSuchBin(String),
    /// `from` holds fewer than the units to move.
    NotEnough,
    /// This bin would hold more than u32::MAX units.
    Full(String),
}

/// Takes `units[0] + units[1]` units out of bin `from`, puts `units[0]`
/// into bin `to[0]` and `units[1]` into bin `to[1]`, or changes nothing.
fn split_units<S: BuildHasher>(
    bins: &mut HashMap<String, u32, S>,
    from: &str,
    to: [&str; 2],
    units: [u32; 2],
) -> Result<(), Refused> {
    // TODO: make it compile without breaking a rule above.
    let [to_a, to_b] = to;
    // Only one label can be given twice: two equal pairs would make all three equal.
    let twice = if from == to_a || from == to_b {
        Some(from)
    } else if to_a == to_b {
        Some(to_a)
    } else {
        None
    };
    if let Some(label) = twice {
        return Err(Refused::SameBin(label.to_owned()));
    }
    let [source, first, second] = bins.get_disjoint_mut([from, to_a, to_b]);
    let source = source.ok_or_else(|| Refused::NoSuchBin(from.to_owned()))?;
    let first = first.ok_or_else(|| Refused::NoSuchBin(to_a.to_owned()))?;
    let second = second.ok_or_else(|| Refused::NoSuchBin(to_b.to_owned()))?;
    // A sum past u32::MAX is more than any bin holds.
    let taken = units[0].checked_add(units[1]).ok_or(Refused::NotEnough)?;
    let left = source.checked_sub(taken).ok_or(Refused::NotEnough)?;
    let into_a = first
        .checked_add(units[0])
        .ok_or_else(|| Refused::Full(to_a.to_owned()))?;
    let into_b = second
        .checked_add(units[1])
        .ok_or_else(|| Refused::Full(to_b.to_owned()))?;
    (*source, *first, *second) = (left, into_a, into_b);
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

    fn no_such(label: &str) -> Result<(), Refused> {
        Err(Refused::NoSuchBin(label.to_owned()))
    }

    fn full(label: &str) -> Result<(), Refused> {
        Err(Refused::Full(label.to_owned()))
    }

    #[test]
    fn a_split_changes_three_bins() {
        let mut bins = board(&[("A1", 10), ("B2", 0), ("C3", 7), ("a1", 1)]);
        assert_eq!(split_units(&mut bins, "A1", ["B2", "C3"], [4, 3]), Ok(()));
        assert_eq!(bins, board(&[("A1", 3), ("B2", 4), ("C3", 10), ("a1", 1)]));
        assert_eq!(
            split_units(&mut bins, "C3", ["a1", "A1"], [0, 10]),
            Ok(()),
            "every unit, none to the first"
        );
        assert_eq!(bins, board(&[("A1", 13), ("B2", 4), ("C3", 0), ("a1", 1)]));
        assert_eq!(
            split_units(&mut bins, "a1", ["C3", "B2"], [1, 0]),
            Ok(()),
            "none to the second"
        );
        assert_eq!(
            split_units(&mut bins, "a1", ["A1", "B2"], [0, 0]),
            Ok(()),
            "no unit"
        );
        assert_eq!(bins, board(&[("A1", 13), ("B2", 4), ("C3", 1), ("a1", 0)]));
    }

    #[test]
    fn a_bin_named_twice_is_refused() {
        let start = board(&[("A1", 10), ("a1", 5), ("B2", 3), ("", 4)]);
        let cases = [
            ("A1", ["A1", "B2"], "A1"),
            ("A1", ["B2", "A1"], "A1"),
            ("A1", ["B2", "B2"], "B2"),
            ("A1", ["A1", "A1"], "A1"),
            ("a1", ["A1", "A1"], "A1"),
            ("", ["", "a1"], ""),
            ("Z9", ["A1", "Z9"], "Z9"),
            ("Z9", ["B2", "B2"], "B2"),
            ("Z9", ["Y8", "Y8"], "Y8"),
            ("A1", ["Y8", "Y8"], "Y8"),
        ];
        for (from, to, twice) in cases {
            for units in [[0, 0], [1, 2], [u32::MAX, u32::MAX]] {
                let mut bins = start.clone();
                assert_eq!(
                    split_units(&mut bins, from, to, units),
                    Err(Refused::SameBin(twice.to_owned())),
                    "{from:?} to {to:?}, {units:?}"
                );
                assert_eq!(bins, start);
            }
        }
    }

    #[test]
    fn a_missing_bin_is_named() {
        // `A1` holds fewer than 6 + 5 and `max` has no room left: the
        // missing bin is still what is reported.
        let start = board(&[("A1", 10), ("B2", 5), ("max", u32::MAX), ("字", 5)]);
        let cases = [
            ("Z9", ["A1", "B2"], "Z9"),
            ("A1", ["Z9", "B2"], "Z9"),
            ("A1", ["B2", "Z9"], "Z9"),
            ("A1", ["Z9", "max"], "Z9"),
            ("A1", ["max", "Z9"], "Z9"),
            ("Y8", ["Z9", "X7"], "Y8"),
            ("Y8", ["A1", "Z9"], "Y8"),
            ("A1", ["Y8", "Z9"], "Y8"),
            ("A1", ["字", "a1"], "a1"),
        ];
        for (from, to, missing) in cases {
            for units in [[1, 1], [6, 5], [u32::MAX, 1]] {
                let mut bins = start.clone();
                assert_eq!(
                    split_units(&mut bins, from, to, units),
                    no_such(missing),
                    "{from:?} to {to:?}, {units:?}"
                );
                assert_eq!(bins, start);
            }
        }
        let mut empty = HashMap::new();
        assert_eq!(
            split_units(&mut empty, "A1", ["B2", "C3"], [0, 0]),
            no_such("A1")
        );
    }

    #[test]
    fn not_enough_counts_both_amounts() {
        let start = board(&[("low", 5), ("max", u32::MAX), ("a", 0), ("b", 0)]);
        let cases = [
            ("low", [3, 3]),
            ("low", [6, 0]),
            ("low", [0, 6]),
            ("low", [1, u32::MAX]),
            ("max", [u32::MAX, 1]),
            ("max", [1, u32::MAX]),
            ("max", [u32::MAX, u32::MAX]),
            ("max", [u32::MAX / 2 + 1, u32::MAX / 2 + 1]),
        ];
        for (from, units) in cases {
            let mut bins = start.clone();
            assert_eq!(
                split_units(&mut bins, from, ["a", "b"], units),
                Err(Refused::NotEnough),
                "{units:?} out of {from}"
            );
            assert_eq!(bins, start);
        }
        let mut bins = start.clone();
        assert_eq!(
            split_units(&mut bins, "low", ["a", "b"], [2, 3]),
            Ok(()),
            "every unit"
        );
        assert_eq!(
            bins,
            board(&[("low", 0), ("max", u32::MAX), ("a", 2), ("b", 3)])
        );
        assert_eq!(
            split_units(&mut bins, "max", ["low", "b"], [u32::MAX - 7, 7]),
            Ok(()),
            "u32::MAX units"
        );
        assert_eq!(
            bins,
            board(&[("low", u32::MAX - 7), ("max", 0), ("a", 2), ("b", 10)])
        );
    }

    #[test]
    fn a_full_bin_is_named() {
        let start = board(&[
            ("src", 10),
            ("near", u32::MAX - 2),
            ("far", u32::MAX),
            ("zero", 0),
        ]);
        let cases = [
            ("src", ["near", "zero"], [3, 0], full("near")),
            ("src", ["zero", "near"], [0, 3], full("near")),
            ("src", ["zero", "far"], [0, 1], full("far")),
            ("src", ["near", "far"], [3, 1], full("near")),
            ("src", ["far", "near"], [1, 3], full("far")),
            ("src", ["near", "far"], [10, 1], Err(Refused::NotEnough)),
            ("src", ["zero", "far"], [0, 11], Err(Refused::NotEnough)),
            (
                "far",
                ["near", "zero"],
                [u32::MAX, 0],
                Err(Refused::Full("near".to_owned())),
            ),
            (
                "far",
                ["zero", "near"],
                [1, u32::MAX],
                Err(Refused::NotEnough),
            ),
        ];
        for (from, to, units, answer) in cases {
            let mut bins = start.clone();
            assert_eq!(
                split_units(&mut bins, from, to, units),
                answer,
                "{units:?} from {from} to {to:?}"
            );
            assert_eq!(bins, start);
        }
        let mut bins = start.clone();
        assert_eq!(
            split_units(&mut bins, "src", ["near", "far"], [2, 0]),
            Ok(()),
            "right up to u32::MAX"
        );
        assert_eq!(
            bins,
            board(&[
                ("src", 8),
                ("near", u32::MAX),
                ("far", u32::MAX),
                ("zero", 0)
            ])
        );
    }

    #[test]
    fn a_refused_split_changes_nothing() {
        // Each of these passes every check on `from` and `to[0]`, or on
        // `from` alone, before it is refused.
        let start = board(&[("A1", 5), ("B2", u32::MAX), ("C3", 0), ("D4", 2)]);
        let cases = [
            ("A1", ["C3", "B2"], [2, 1]),
            ("A1", ["B2", "C3"], [1, 0]),
            ("A1", ["C3", "D4"], [3, 3]),
            ("D4", ["C3", "A1"], [2, 1]),
            ("A1", ["C3", "Z9"], [1, 1]),
            ("A1", ["D4", "B2"], [5, 1]),
        ];
        for (from, to, units) in cases {
            let mut bins = start.clone();
            assert!(split_units(&mut bins, from, to, units).is_err());
            assert_eq!(bins, start, "{units:?} from {from} to {to:?}");
        }
    }

    #[test]
    fn three_lookups_and_no_allocation() {
        let label = |i: u32| format!("bin {i:>16}");
        let entries: Vec<(String, u32)> = (0..50).map(|i| (label(i), i)).collect();
        let (b40, b2, b7, b3) = (label(40), label(2), label(7), label(3));
        let mut bins = counted(entries, 0);
        let (done, allocated) = allocations(|| split_units(&mut bins, &b40, [&b2, &b7], [5, 3]));
        assert_eq!(done, Ok(()));
        assert_eq!(allocated, 0, "allocations for a split that is done");
        assert!(
            bins.hasher().hashes() <= 3,
            "{} lookups",
            bins.hasher().hashes()
        );
        let refused = [
            ("nowhere", [b2.as_str(), b7.as_str()], [1, 1]),
            (&b40, ["nowhere", &b7], [1, 1]),
            (&b40, [&b2, "nowhere"], [1, 1]),
            (&b3, [&b2, &b7], [2, 2]),
            (&b40, [&b2, &b7], [u32::MAX, 1]),
        ];
        for (from, to, units) in refused {
            bins.hasher().reset();
            assert!(split_units(&mut bins, from, to, units).is_err());
            assert!(
                bins.hasher().hashes() <= 3,
                "{} lookups for {units:?} from {from} to {to:?}",
                bins.hasher().hashes()
            );
        }
        assert_eq!(
            (bins[&b40], bins[&b2], bins[&b7], bins[&b3]),
            (32, 7, 10, 3)
        );
    }

    type Split = (String, [String; 2], [u32; 2]);

    /// The model: a `BTreeMap`, sums in `u64`, and every check written out
    /// in order.
    fn model(
        entries: &[(String, u32)],
        splits: &[Split],
    ) -> (Vec<Result<(), Refused>>, BTreeMap<String, u32>) {
        let mut bins: BTreeMap<String, u32> = entries.iter().cloned().collect();
        let mut answers = Vec::new();
        for (from, [to_a, to_b], [a, b]) in splits {
            let labels = [from, to_a, to_b];
            let (a, b) = (u64::from(*a), u64::from(*b));
            let count = |bins: &BTreeMap<String, u32>, label: &String| u64::from(bins[label]);
            let max = u64::from(u32::MAX);
            let answer = if let Some(twice) = labels
                .iter()
                .find(|&&label| labels.iter().filter(|&&other| other == label).count() > 1)
            {
                Err(Refused::SameBin((*twice).clone()))
            } else if let Some(missing) = labels.iter().find(|&&label| !bins.contains_key(label)) {
                Err(Refused::NoSuchBin((*missing).clone()))
            } else if count(&bins, from) < a + b {
                Err(Refused::NotEnough)
            } else if count(&bins, to_a) + a > max {
                Err(Refused::Full(to_a.clone()))
            } else if count(&bins, to_b) + b > max {
                Err(Refused::Full(to_b.clone()))
            } else {
                let new = [
                    count(&bins, from) - a - b,
                    count(&bins, to_a) + a,
                    count(&bins, to_b) + b,
                ];
                for (label, units) in labels.into_iter().zip(new) {
                    bins.insert(label.clone(), u32::try_from(units).unwrap());
                }
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
                let splits: Vec<Split> = (0..k)
                    .map(|_| {
                        // Half the time, three bins of the warehouse (equal
                        // now and then); otherwise labels that may miss.
                        let mut three: Vec<String> = if !entries.is_empty() && g.one_in(2) {
                            (0..3).map(|_| g.pick(&entries).0).collect()
                        } else {
                            g.keys_or_names(&entries, NAMES, 3)
                        };
                        if g.one_in(8) {
                            let (i, j) = g.pick(&[(0, 1), (0, 2), (1, 2), (1, 0), (2, 0), (2, 1)]);
                            three[j] = three[i].clone();
                        }
                        let [from, to_a, to_b]: [String; 3] = three.try_into().unwrap();
                        // A third of the time, two amounts that share out
                        // what `from` holds, or just over it.
                        let have = entries
                            .iter()
                            .find(|(label, _)| *label == from)
                            .map(|e| e.1);
                        let units = match have {
                            Some(have) if g.one_in(3) => {
                                let a = u32::try_from(g.below(have as usize % 1000 + 1)).unwrap();
                                let a = a.min(have);
                                [a, have - a + u32::from(g.one_in(4))]
                            }
                            _ => [
                                g.value_or(&entries, Gen::u32),
                                g.value_or(&entries, Gen::u32),
                            ],
                        };
                        (from, [to_a, to_b], units)
                    })
                    .collect();
                (entries, splits)
            },
            |(entries, splits)| {
                let mut bins: HashMap<String, u32> = entries.iter().cloned().collect();
                let answers: Vec<Result<(), Refused>> = splits
                    .iter()
                    .map(|(from, [to_a, to_b], units)| {
                        split_units(&mut bins, from, [to_a, to_b], *units)
                    })
                    .collect();
                same(
                    "(answers, bins)",
                    (answers, sorted(&bins)),
                    model(&entries, &splits),
                )
            },
        );
    }
}
