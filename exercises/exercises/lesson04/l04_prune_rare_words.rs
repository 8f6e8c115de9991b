// Lesson 04 (`retain`): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-04/src/lib.rs, "Why the closure cannot touch the map"
// Run:  cargo run -p lesson-04   (from the repository root)
//
// A word counter keeps word -> how many times it was seen. Before its
// counts are published, the rare words go: every word seen less than one
// time in a hundred, over all the words counted.
//
// Rules (each is checked by the test named after it):
// - a word stays when its count times 100 is at least the total of all the
//   counts (taken before anything is removed), so exactly 1 % stays
//   (`tests::exactly_one_percent_stays`);
// - no rounding: a word just under 1 % goes, whatever the total
//   (`tests::just_under_one_percent_goes`);
// - counts and their total can be near or past u32::MAX: no overflow, no
//   panic, no wrong answer (`tests::big_counts_do_not_overflow`);
// - the call returns how many words it removed
//   (`tests::returns_how_many_words_went`);
// - no allocation: no copy of the map or of its keys (`tests::no_allocation`).
//
// The tests call `prune_rare` as it is declared below, and compare it with a
// plain model on 300 generated boards. Stuck? `rustlings hint l04_prune_rare_words`.

use std::collections::HashMap;

/// Removes every word seen less than once in a hundred words; returns how
/// many words went.
fn prune_rare(counts: &mut HashMap<String, u32>) -> usize {
    // TODO: make it compile without breaking a rule above.
    let before = counts.len();
    counts.retain(|_, count| {
        let total: u32 = counts.values().sum();
        *count * 100 >= total
    });
    before - counts.len()
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
    use crate::harness::{Gen, NAMES, allocations, board, check, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn exactly_one_percent_stays() {
        // Total 1000: 10 is exactly 1 %, 9 is less.
        let mut counts = board(&[("the", 900), ("of", 81), ("gnu", 10), ("yak", 9)]);
        assert_eq!(
            prune_rare(&mut counts),
            1,
            "only yak (9 of 1000, under 1 %) goes: the call returns 1"
        );
        assert_eq!(
            counts,
            board(&[("the", 900), ("of", 81), ("gnu", 10)]),
            "gnu is exactly 1 % of 1000 (10 * 100 = 1000): it stays; yak (9) goes"
        );
    }

    #[test]
    fn just_under_one_percent_goes() {
        // Total 250: 2 is 0.8 %, although 250 / 100 rounds down to 2.
        let mut counts = board(&[("the", 246), ("zeta", 2), ("eta", 2)]);
        assert_eq!(
            prune_rare(&mut counts),
            2,
            "zeta and eta (2 of 250, 0.8 %) go: the call returns 2"
        );
        assert_eq!(
            counts,
            board(&[("the", 246)]),
            "2 of 250 is 0.8 %, under 1 %: zeta and eta go (250 / 100 rounds down to 2, \
             so dividing the total loses the difference)"
        );
    }

    #[test]
    fn big_counts_do_not_overflow() {
        // Total 2 * u32::MAX + 50 000 000: "rare" is about 0.58 %.
        let mut counts = board(&[("a", u32::MAX), ("b", u32::MAX), ("rare", 50_000_000)]);
        assert_eq!(
            prune_rare(&mut counts),
            1,
            "only rare (about 0.58 %) goes: the call returns 1"
        );
        assert_eq!(
            counts,
            board(&[("a", u32::MAX), ("b", u32::MAX)]),
            "the total is 2 * u32::MAX + 50 000 000, past u32::MAX: rare is about 0.58 % and \
             goes, a and b stay (the total and count * 100 need a type wider than u32)"
        );
    }

    #[test]
    fn returns_how_many_words_went() {
        let mut counts = board(&[("a", 1000), ("b", 1), ("c", 2), ("Дмитрий", 0), ("", 3)]);
        assert_eq!(
            prune_rare(&mut counts),
            4,
            "b, c, Дмитрий (0) and \"\" are each under 1 % of 1006: the call returns 4"
        );
        assert_eq!(
            prune_rare(&mut counts),
            0,
            "only a is left, 100 % of the total: nothing goes, the call returns 0"
        );
        let mut empty = HashMap::new();
        assert_eq!(
            prune_rare(&mut empty),
            0,
            "an empty counter loses nothing: the call returns 0"
        );
    }

    #[test]
    fn no_allocation() {
        let mut counts: HashMap<String, u32> =
            (0..60).map(|i| (format!("word number {i}"), i)).collect();
        let (gone, allocated) = allocations(|| prune_rare(&mut counts));
        assert_eq!(
            allocated, 0,
            "{allocated} allocations; none is allowed: no copy of the map or of its keys"
        );
        assert_eq!(gone, 18, "words 0 to 17 are each less than 1 % of 1 770");
    }

    fn model(entries: &[(String, u32)]) -> (usize, BTreeMap<String, u32>) {
        let total: u128 = entries.iter().map(|(_, count)| u128::from(*count)).sum();
        let kept: BTreeMap<String, u32> = entries
            .iter()
            .filter(|(_, count)| u128::from(*count) * 100 >= total)
            .cloned()
            .collect();
        (entries.len() - kept.len(), kept)
    }

    #[test]
    fn matches_the_model_on_many_boards() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let scale = g.pick(&[1, 10, 1000, 1 << 20, u32::MAX / 4]);
                g.board(
                    n,
                    |g| g.name(NAMES),
                    |g| {
                        if g.one_in(4) {
                            g.u32()
                        } else {
                            (g.below(200) as u32).saturating_mul(scale)
                        }
                    },
                )
            },
            |entries| {
                let mut counts: HashMap<String, u32> = entries.iter().cloned().collect();
                let gone = prune_rare(&mut counts);
                same(
                    "(removed, counts)",
                    (gone, sorted(&counts)),
                    model(&entries),
                )
            },
        );
    }
}
