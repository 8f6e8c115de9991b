// Lesson 09 (closures and pairs): make it compile. The stub fails with E0500.
//
// Read: lessons/lesson-09/src/lib.rs, "A closure is not a way out" and "A
//       field and a method"
// Run:  cargo run -p lesson-09   (from the repository root)
//
// A greenhouse keeps the moisture of each bed (bed -> moisture points), a
// watering schedule, and two running totals. A watering round gives every
// dry bed the litres its schedule says; each litre raises the bed's
// moisture by one point. `litres_for` and `Schedule` are given and correct:
// do not change them.
//
// Rules (each is checked by the test named after it):
// - every bed gets `litres_for(its moisture)` litres and its moisture rises
//   by as many points; the round returns the litres it used
//   (`tests::dry_beds_get_their_litres`);
// - a bed that gets 0 litres is not counted in `waterings`
//   (`tests::zero_litres_is_no_watering`);
// - `litres_used` adds up every round and stops at u64::MAX, `waterings`
//   stops at u32::MAX, and a round's litres may pass u32::MAX
//   (`tests::the_totals_stop_at_the_ends_of_their_range`);
// - no lookup and no allocation (`tests::no_lookup_no_allocation`).
//
// The tests call `water_round` as it is declared below (the map's hasher is
// a type parameter, so that a test can count the lookups), and compare it
// with a plain model on 300 generated greenhouses. Stuck? `rustlings hint l09_water_beds`.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

/// When a bed needs water, and how much it may get at once.
#[derive(Clone, Copy, Debug)]
struct Schedule {
    /// A bed below this moisture is dry.
    dry_below: u32,
    /// The most litres one bed gets in one round.
    max_litres: u32,
}

impl Schedule {
    /// Enough litres to bring a bed at `moisture` up to `dry_below`, but at
    /// most `max_litres`; 0 for a bed that is not dry.
    fn litres_for(&self, moisture: u32) -> u32 {
        self.dry_below.saturating_sub(moisture).min(self.max_litres)
    }
}

/// The beds (bed -> moisture points), the schedule, and the season's totals.
struct Greenhouse<S = RandomState> {
    beds: HashMap<String, u32, S>,
    schedule: Schedule,
    /// Litres used since the season began; stops at u64::MAX.
    litres_used: u64,
    /// How many times a bed was given water; stops at u32::MAX.
    waterings: u32,
}

impl<S> Greenhouse<S> {
    /// The litres a bed at `moisture` gets in a round.
    fn litres_for(&self, moisture: u32) -> u32 {
        self.schedule.litres_for(moisture)
    }
}

impl<S: BuildHasher> Greenhouse<S> {
    /// One watering round; returns the litres it used.
    fn water_round(&mut self) -> u64 {
        // TODO: make it compile without breaking a rule above.
        let mut round = 0;
        self.beds.values_mut().for_each(|moisture| {
            let litres = self.litres_for(*moisture);
            *moisture += litres;
            self.waterings += 1;
            round += u64::from(litres);
        });
        self.litres_used += round;
        round
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
    use crate::harness::{Gen, NAMES, allocations, board, check, counted, same, sorted};
    use std::collections::BTreeMap;

    fn greenhouse(beds: &[(&str, u32)], dry_below: u32, max_litres: u32) -> Greenhouse {
        Greenhouse {
            beds: board(beds),
            schedule: Schedule {
                dry_below,
                max_litres,
            },
            litres_used: 0,
            waterings: 0,
        }
    }

    #[test]
    fn dry_beds_get_their_litres() {
        let mut house = greenhouse(
            &[
                ("basil", 10),
                ("mint", 38),
                ("sage", 40),
                ("thyme", 90),
                ("字", 0),
            ],
            40,
            25,
        );
        assert_eq!(
            house.litres_for(10),
            25,
            "30 litres to be wet, capped to 25"
        );
        // basil 25, mint 2, sage and thyme none, 字 25.
        assert_eq!(house.water_round(), 52);
        assert_eq!(
            house.beds,
            board(&[
                ("basil", 35),
                ("mint", 40),
                ("sage", 40),
                ("thyme", 90),
                ("字", 25)
            ])
        );
        assert_eq!((house.litres_used, house.waterings), (52, 3));
        // basil 5, 字 15.
        assert_eq!(house.water_round(), 20);
        assert_eq!((house.litres_used, house.waterings), (72, 5));
        assert_eq!(house.water_round(), 0, "everything is wet");
        assert_eq!((house.litres_used, house.waterings), (72, 5));
    }

    #[test]
    fn zero_litres_is_no_watering() {
        let mut house = greenhouse(&[("basil", 10), ("mint", 60)], 50, 0);
        assert_eq!(house.water_round(), 0);
        assert_eq!(house.beds, board(&[("basil", 10), ("mint", 60)]));
        assert_eq!(house.waterings, 0, "nobody got water: max_litres is 0");
        let mut house = greenhouse(&[("basil", 50), ("mint", u32::MAX)], 50, 10);
        assert_eq!(house.water_round(), 0);
        assert_eq!(house.waterings, 0, "nobody is dry");
        let mut empty = greenhouse(&[], u32::MAX, u32::MAX);
        assert_eq!(empty.water_round(), 0);
        assert_eq!(empty.waterings, 0);
    }

    #[test]
    fn the_totals_stop_at_the_ends_of_their_range() {
        let mut house = greenhouse(
            &[("a", 0), ("b", 0), ("c", u32::MAX - 1)],
            u32::MAX,
            u32::MAX,
        );
        house.litres_used = u64::MAX - 5;
        house.waterings = u32::MAX - 1;
        let round = 2 * u64::from(u32::MAX) + 1;
        assert_eq!(house.water_round(), round, "more than u32::MAX litres");
        assert_eq!(house.litres_used, u64::MAX);
        assert_eq!(house.waterings, u32::MAX);
        assert_eq!(
            house.beds,
            board(&[("a", u32::MAX), ("b", u32::MAX), ("c", u32::MAX)])
        );
        house.beds.insert("d".to_owned(), 7);
        assert_eq!(house.water_round(), u64::from(u32::MAX - 7));
        assert_eq!((house.litres_used, house.waterings), (u64::MAX, u32::MAX));
    }

    #[test]
    fn no_lookup_no_allocation() {
        let entries: Vec<(String, u32)> = (0..300).map(|i| (format!("bed {i:>16}"), i)).collect();
        let mut house = Greenhouse {
            beds: counted(entries, 0),
            schedule: Schedule {
                dry_below: 100,
                max_litres: 7,
            },
            litres_used: 0,
            waterings: 0,
        };
        let (litres, allocated) = allocations(|| house.water_round());
        assert_eq!(allocated, 0, "allocations");
        assert_eq!(house.beds.hasher().hashes(), 0, "lookups");
        // Beds 0 to 93 get 7 litres each, beds 94 to 99 get 6 down to 1.
        assert_eq!(litres, 94 * 7 + (1..=6).sum::<u64>());
        assert_eq!(house.waterings, 100);
    }

    /// The model: a `BTreeMap`, the rules written out with wide integers.
    fn model(
        beds: &[(String, u32)],
        (dry_below, max_litres): (u32, u32),
        (litres_used, waterings): (u64, u32),
        rounds: usize,
    ) -> (Vec<u64>, BTreeMap<String, u32>, u64, u32) {
        let mut beds: BTreeMap<String, u32> = beds.iter().cloned().collect();
        let mut used = u128::from(litres_used);
        let mut times = u64::from(waterings);
        let mut returned = Vec::new();
        for _ in 0..rounds {
            let mut round = 0;
            for moisture in beds.values_mut() {
                let litres = if *moisture < dry_below {
                    (dry_below - *moisture).min(max_litres)
                } else {
                    0
                };
                if litres > 0 {
                    *moisture += litres;
                    times += 1;
                    round += u64::from(litres);
                }
            }
            used += u128::from(round);
            returned.push(round);
        }
        let used = u64::try_from(used).unwrap_or(u64::MAX);
        let times = u32::try_from(times).unwrap_or(u32::MAX);
        (returned, beds, used, times)
    }

    #[test]
    fn matches_the_model_on_many_greenhouses() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let beds = g.board(n, |g| g.name(NAMES), Gen::u32);
                let dry_below = g.value_or(&beds, Gen::u32);
                let random = g.u32();
                let max_litres = g.pick(&[0, 1, 5, u32::MAX, random]);
                let totals = (g.u64(), g.u32());
                let rounds = 1 + g.below(3);
                (beds, (dry_below, max_litres), (totals, rounds))
            },
            |(beds, (dry_below, max_litres), ((litres_used, waterings), rounds))| {
                let mut house: Greenhouse = Greenhouse {
                    beds: beds.iter().cloned().collect(),
                    schedule: Schedule {
                        dry_below,
                        max_litres,
                    },
                    litres_used,
                    waterings,
                };
                let returned: Vec<u64> = (0..rounds).map(|_| house.water_round()).collect();
                same(
                    "(returned, beds, litres_used, waterings)",
                    (
                        returned,
                        sorted(&house.beds),
                        house.litres_used,
                        house.waterings,
                    ),
                    model(
                        &beds,
                        (dry_below, max_litres),
                        (litres_used, waterings),
                        rounds,
                    ),
                )
            },
        );
    }
}
