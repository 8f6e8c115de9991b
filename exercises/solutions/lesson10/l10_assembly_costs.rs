// Lesson 10 (the hostage at run time): make the tests pass. The stub
// compiles, and panics.
//
// Read: lessons/lesson-10/src/lib.rs, "E0502, checked at run time" and "The
//       fix is the one you already know"
// Run:  cargo run -p lesson-10   (from the repository root)
//
// A workshop prices its assemblies from a catalogue: each part has a cost of
// its own and is made of other parts, so its cost is its own plus its
// subparts' costs times their counts. The same subpart appears in many
// assemblies, so the catalogue remembers every cost it works out, in a memo
// behind a `RefCell`: `cost` takes `&self`, because the whole workshop reads
// one shared catalogue. `compute` is given and correct (it calls `cost` for
// each subpart): do not change it, nor anything above the TODO.
//
// Rules (each is checked by the test named after it):
// - `cost` gives what `compute` works out: own cost plus subparts times
//   counts, stopping at u64::MAX; a part number not in the catalogue costs
//   0 (`tests::costs_add_up`);
// - a part made of other parts does not panic, at any depth
//   (`tests::a_part_made_of_parts_does_not_panic`);
// - every part is computed once per catalogue, however often it is asked
//   for, directly or as a subpart (`tests::each_part_is_computed_once`);
// - a cost already in the memo takes one lookup, and no computation
//   (`tests::a_known_cost_is_one_lookup`).
//
// The tests call `cost` as it is declared below (the memo's hasher is a type
// parameter, so that a test can count the lookups), and compare it with a
// plain model on 300 generated catalogues. Stuck? `rustlings hint l10_assembly_costs`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

/// One part of the catalogue.
struct Part {
    /// What this part costs by itself (work and raw material), in cents.
    own_cost: u64,
    /// (subpart number, how many). Only the subparts numbered below this
    /// part count, so that no part is ever made of itself.
    made_of: Vec<(u32, u32)>,
}

/// Part number -> part (its index in `parts`), and the costs known so far.
struct Catalogue<S = RandomState> {
    parts: Vec<Part>,
    /// Part number -> its cost, for every part worked out so far.
    memo: RefCell<HashMap<u32, u64, S>>,
    /// Every part number `compute` has worked on, in order (the tests read it).
    computed: RefCell<Vec<u32>>,
}

impl<S: BuildHasher> Catalogue<S> {
    /// Works out the cost of `part` from its own cost and its subparts'
    /// costs, which it asks `cost` for. Saturates at u64::MAX; a part number
    /// not in the catalogue costs 0.
    ///
    /// It refuses to work on the same part twice: that is what the memo is
    /// for, and without it the work would grow exponentially with the depth.
    fn compute(&self, part: u32) -> u64 {
        {
            let mut computed = self.computed.borrow_mut();
            assert!(
                !computed.contains(&part),
                "part {part} is computed a second time: the memo was not used"
            );
            computed.push(part);
        }
        let Some(this) = usize::try_from(part).ok().and_then(|i| self.parts.get(i)) else {
            return 0;
        };
        this.made_of.iter().filter(|&&(sub, _)| sub < part).fold(
            this.own_cost,
            |total, &(sub, count)| {
                total.saturating_add(self.cost(sub).saturating_mul(u64::from(count)))
            },
        )
    }
}

impl<S: BuildHasher> Catalogue<S> {
    /// The cost of `part`: from the memo if it is known, otherwise computed
    /// once and remembered.
    fn cost(&self, part: u32) -> u64 {
        // TODO: make the tests pass without breaking a rule above.
        let known = self.memo.borrow().get(&part).copied();
        if let Some(cost) = known {
            return cost;
        }
        let cost = self.compute(part);
        self.memo.borrow_mut().insert(part, cost);
        cost
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
    use crate::harness::{Gen, check, counted, same};

    /// A catalogue of `(own cost, made of)` parts, with an empty `memo`.
    fn catalogue_with<S>(
        parts: impl IntoIterator<Item = (u64, Vec<(u32, u32)>)>,
        memo: HashMap<u32, u64, S>,
    ) -> Catalogue<S> {
        Catalogue {
            parts: parts
                .into_iter()
                .map(|(own_cost, made_of)| Part { own_cost, made_of })
                .collect(),
            memo: RefCell::new(memo),
            computed: RefCell::new(Vec::new()),
        }
    }

    fn catalogue(parts: &[(u64, &[(u32, u32)])]) -> Catalogue {
        let parts = parts.iter().map(|&(own, made_of)| (own, made_of.to_vec()));
        catalogue_with(parts, HashMap::new())
    }

    /// 0 screw, 1 plate, 2 hinge (2 screws, 1 plate), 3 door (3 hinges,
    /// 2 plates, 4 screws), 4 cupboard (2 doors, 6 plates, 1 hinge).
    const WORKSHOP: &[(u64, &[(u32, u32)])] = &[
        (5, &[]),
        (100, &[]),
        (20, &[(0, 2), (1, 1)]),
        (300, &[(2, 3), (1, 2), (0, 4)]),
        (1000, &[(3, 2), (1, 6), (2, 1)]),
    ];

    #[test]
    fn costs_add_up() {
        let shop = catalogue(WORKSHOP);
        assert_eq!(shop.cost(0), 5);
        assert_eq!(shop.cost(2), 130);
        assert_eq!(shop.cost(3), 300 + 3 * 130 + 200 + 20);
        assert_eq!(shop.cost(4), 1000 + 2 * 910 + 600 + 130);
        assert_eq!(shop.cost(5), 0, "not in the catalogue");
        assert_eq!(shop.cost(u32::MAX), 0, "not in the catalogue");

        // A subpart numbered at or above its part is ignored; counts of 0
        // and costs that pass u64::MAX.
        let odd = catalogue(&[
            (7, &[(0, 5), (1, 1)]),
            (u64::MAX / 2, &[(0, 0)]),
            (1, &[(1, 3), (0, 1)]),
        ]);
        assert_eq!(odd.cost(0), 7);
        assert_eq!(odd.cost(1), u64::MAX / 2);
        assert_eq!(odd.cost(2), u64::MAX);
    }

    #[test]
    fn a_part_made_of_parts_does_not_panic() {
        // Each part is made of the one before it: 60 levels deep.
        let chain: Vec<(u64, &[(u32, u32)])> = (0..60).map(|_| (1, &[][..])).collect();
        let mut shop = catalogue(&chain);
        for (i, part) in shop.parts.iter_mut().enumerate().skip(1) {
            part.made_of.push((u32::try_from(i).unwrap() - 1, 1));
        }
        assert_eq!(shop.cost(59), 60);
        assert_eq!(shop.cost(2), 3);
    }

    #[test]
    fn each_part_is_computed_once() {
        let shop = catalogue(WORKSHOP);
        shop.cost(4);
        shop.cost(3);
        shop.cost(4);
        shop.cost(9);
        shop.cost(9);
        shop.cost(0);
        let mut computed = shop.computed.borrow().clone();
        computed.sort_unstable();
        assert_eq!(computed, [0, 1, 2, 3, 4, 9]);
    }

    #[test]
    fn a_known_cost_is_one_lookup() {
        let parts = WORKSHOP
            .iter()
            .map(|&(own, made_of)| (own, made_of.to_vec()));
        // Room for 16 costs: the memo never grows, so it never rehashes.
        let shop = catalogue_with(parts, counted(Vec::new(), 16));
        shop.cost(4);
        let computed = shop.computed.borrow().len();
        for part in [4, 0, 3] {
            shop.memo.borrow().hasher().reset();
            assert_eq!(shop.cost(part), [5, 100, 130, 910, 3550][part as usize]);
            assert_eq!(
                shop.memo.borrow().hasher().hashes(),
                1,
                "lookups for part {part}"
            );
        }
        assert_eq!(
            shop.computed.borrow().len(),
            computed,
            "nothing computed again"
        );
    }

    /// The model: the costs worked out bottom up, in part order; and the
    /// parts a correct memo computes: every part asked for, and every part
    /// reachable from one through `made_of`.
    fn model(parts: &[(u64, Vec<(u32, u32)>)], asked: &[u32]) -> (Vec<u64>, Vec<u32>) {
        let mut costs: Vec<u64> = Vec::new();
        for (number, (own, made_of)) in parts.iter().enumerate() {
            let mut total = u128::from(*own);
            for &(sub, count) in made_of {
                if (sub as usize) < number {
                    total += u128::from(costs[sub as usize]) * u128::from(count);
                }
            }
            costs.push(u64::try_from(total).unwrap_or(u64::MAX));
        }
        let answers = asked
            .iter()
            .map(|&part| costs.get(part as usize).copied().unwrap_or(0))
            .collect();
        let mut reached = std::collections::BTreeSet::new();
        let mut to_visit: Vec<u32> = asked.to_vec();
        while let Some(part) = to_visit.pop() {
            if reached.insert(part)
                && let Some((_, made_of)) = parts.get(part as usize)
            {
                to_visit.extend(
                    made_of
                        .iter()
                        .map(|&(sub, _)| sub)
                        .filter(|&sub| sub < part),
                );
            }
        }
        (answers, reached.into_iter().collect())
    }

    #[test]
    fn matches_the_model_on_many_catalogues() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let parts: Vec<(u64, Vec<(u32, u32)>)> = (0..n)
                    .map(|_| {
                        let own = g.u64();
                        let subparts = g.below(5);
                        let made_of = (0..subparts)
                            .map(|_| (g.below(n + 2) as u32, g.u32()))
                            .collect();
                        (own, made_of)
                    })
                    .collect();
                let k = g.size();
                let asked: Vec<u32> = (0..k)
                    .map(|_| match g.below(8) {
                        0 => u32::MAX,
                        _ => g.below(n + 3) as u32,
                    })
                    .collect();
                (parts, asked)
            },
            |(parts, asked)| {
                let shop = catalogue_with(parts.clone(), HashMap::new());
                let answers: Vec<u64> = asked.iter().map(|&part| shop.cost(part)).collect();
                let mut computed = shop.computed.take();
                computed.sort_unstable();
                same(
                    "(costs, parts computed)",
                    (answers, computed),
                    model(&parts, &asked),
                )
            },
        );
    }
}
