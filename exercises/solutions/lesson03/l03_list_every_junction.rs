// Lesson 03 (copied keys): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-03/src/lib.rs, "The fix" and "Why `copied()` and not `cloned()`"
// Run:  cargo run -p lesson-03   (from the repository root)
//
// A road network is stored as adjacency lists keyed by junction number:
// junction -> the junctions it has a road to. Some junctions appear only
// inside other junctions' lists. Give each of them an empty list of its
// own, so that every junction is a key of the map.
//
// Rules (each is checked by the test named after it):
// - a junction named only inside lists gets an empty list
//   (`tests::a_junction_named_only_in_a_list_gets_an_empty_list`);
// - every list that was there stays exactly as it was
//   (`tests::existing_lists_are_kept`);
// - junction numbers at the ends of the range are junctions like any other
//   (`tests::numbers_at_the_ends_of_the_range`);
// - this exercise runs Clippy with warnings as errors, and the set turns
//   on `clippy::cloned_instead_of_copied`.
//
// The tests call `list_every_junction` as it is declared below, and compare
// it with a plain model on 300 generated networks. Stuck? `rustlings hint l03_list_every_junction`.

use std::collections::HashMap;

/// Gives every junction that appears only in lists an empty list of its own.
fn list_every_junction(roads: &mut HashMap<u32, Vec<u32>>) {
    // TODO: make it compile without breaking a rule above.
    let missing: Vec<u32> = roads
        .values()
        .flatten()
        .copied()
        .filter(|junction| !roads.contains_key(junction))
        .collect();
    for junction in missing {
        roads.insert(junction, Vec::new());
    }
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
    use crate::harness::{Gen, check, map, same, sorted};
    use std::collections::BTreeMap;

    fn network(lists: &[(u32, &[u32])]) -> HashMap<u32, Vec<u32>> {
        lists.iter().map(|&(j, to)| (j, to.to_vec())).collect()
    }

    #[test]
    fn a_junction_named_only_in_a_list_gets_an_empty_list() {
        let mut roads = network(&[(1, &[2, 3]), (2, &[3, 4])]);
        list_every_junction(&mut roads);
        assert_eq!(
            roads,
            network(&[(1, &[2, 3]), (2, &[3, 4]), (3, &[]), (4, &[])]),
            "junctions 3 and 4 appear only in lists: each gets an empty list; 1 and 2 keep theirs"
        );
    }

    #[test]
    fn existing_lists_are_kept() {
        let mut roads = network(&[(1, &[2]), (2, &[1, 2]), (3, &[]), (5, &[1])]);
        list_every_junction(&mut roads);
        assert_eq!(
            roads,
            network(&[(1, &[2]), (2, &[1, 2]), (3, &[]), (5, &[1])]),
            "every junction named in a list already has a list: nothing may change"
        );
    }

    #[test]
    fn numbers_at_the_ends_of_the_range() {
        let mut roads = network(&[(u32::MAX, &[0, u32::MAX - 1]), (0, &[u32::MAX])]);
        list_every_junction(&mut roads);
        assert_eq!(
            roads,
            network(&[
                (u32::MAX, &[0, u32::MAX - 1]),
                (0, &[u32::MAX]),
                (u32::MAX - 1, &[])
            ]),
            "u32::MAX - 1 appears only in a list: it gets an empty list; 0 and u32::MAX keep theirs"
        );
    }

    fn model(lists: &[(u32, Vec<u32>)]) -> BTreeMap<u32, Vec<u32>> {
        let mut after: BTreeMap<u32, Vec<u32>> = lists.iter().cloned().collect();
        for (_, to) in lists {
            for junction in to {
                after.entry(*junction).or_default();
            }
        }
        after
    }

    #[test]
    fn matches_the_model_on_many_networks() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let junctions: Vec<u32> = (0..n.max(1) + 2).map(|_| g.u32()).collect();
                g.board(
                    n,
                    |g| g.pick(&junctions),
                    |g| {
                        (0..g.below(4))
                            .map(|_| g.pick(&junctions))
                            .collect::<Vec<u32>>()
                    },
                )
            },
            |lists| {
                let mut roads = map(&lists);
                list_every_junction(&mut roads);
                same("roads", sorted(&roads), model(&lists))
            },
        );
    }
}
