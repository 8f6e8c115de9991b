// Lesson 00 (why the compiler says no): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-00/src/lib.rs, "A map moves its entries when it grows"
//       and "The rule the compiler enforces instead"
// Run:  cargo run -p lesson-00   (from the repository root)
//
// A word counter keeps word -> how many times it was seen. Before the
// counts are published, the map gets one more entry: TOTAL, the sum of
// every word's count. The stub keeps that running total in the map itself,
// writing to it while the loop is still reading the other counts.
//
// Rules (each is checked by the test named after it):
// - TOTAL holds the sum of all the other entries, which keep their counts
//   (`tests::the_total_is_the_sum_of_the_counts`);
// - an old TOTAL entry is replaced, not added in
//   (`tests::an_old_total_is_replaced_not_counted`);
// - the sum stops at u32::MAX instead of wrapping
//   (`tests::a_sum_past_u32_max_stops_there`);
// - no word is copied: the call allocates at most twice, once for the TOTAL
//   key and once if the table must grow (`tests::no_word_is_copied`).
//
// The tests call `add_total` as it is declared below, and compare it with a
// plain model on 300 generated boards. Stuck? `rustlings hint l00_word_total`.

use std::collections::HashMap;

/// The key of the entry that holds the sum of all the others.
const TOTAL: &str = "(total)";

/// Sets `counts[TOTAL]` to the sum of every other count.
fn add_total(counts: &mut HashMap<String, u32>) {
    // TODO: make it compile without breaking a rule above.
    let mut total: u32 = 0;
    for (word, count) in counts.iter() {
        if word != TOTAL {
            total = total.saturating_add(*count);
        }
    }
    counts.insert(TOTAL.to_owned(), total);
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
    fn the_total_is_the_sum_of_the_counts() {
        let mut counts = board(&[("the", 3), ("cat", 1), ("sat", 1), ("", 2)]);
        add_total(&mut counts);
        assert_eq!(
            counts,
            board(&[("the", 3), ("cat", 1), ("sat", 1), ("", 2), (TOTAL, 7)]),
            "TOTAL must be 3 + 1 + 1 + 2 = 7, and every word must keep its own count"
        );

        let mut empty = HashMap::new();
        add_total(&mut empty);
        assert_eq!(
            empty,
            board(&[(TOTAL, 0)]),
            "a counter with no words gets a TOTAL of 0"
        );
    }

    #[test]
    fn an_old_total_is_replaced_not_counted() {
        let mut counts = board(&[("the", 3), (TOTAL, 1000), ("(Total)", 5)]);
        add_total(&mut counts);
        assert_eq!(
            counts,
            board(&[("the", 3), (TOTAL, 8), ("(Total)", 5)]),
            "the old TOTAL (1000) is not a word: the new TOTAL is 3 + 5 = 8 (\"(Total)\" is a word, \
             since keys compare exactly)"
        );
    }

    #[test]
    fn a_sum_past_u32_max_stops_there() {
        let mut counts = board(&[("a", u32::MAX - 1), ("b", 2), ("c", 0)]);
        add_total(&mut counts);
        assert_eq!(
            counts[TOTAL],
            u32::MAX,
            "(u32::MAX - 1) + 2 + 0 must stop at u32::MAX, not wrap or panic"
        );
    }

    #[test]
    fn no_word_is_copied() {
        let mut counts: HashMap<String, u32> = (0..500)
            .map(|i| (format!("word number {i:>10}"), 1))
            .collect();
        let ((), allocated) = allocations(|| add_total(&mut counts));
        assert!(
            allocated <= 2,
            "{allocated} allocations for 500 words; at most 2 are allowed (the TOTAL key, and the \
             table if it grows): no word may be copied"
        );
        assert_eq!(
            counts[TOTAL], 500,
            "500 words seen once each: TOTAL must be 500"
        );
    }

    fn model(entries: &[(String, u32)]) -> BTreeMap<String, u32> {
        let mut counts: BTreeMap<String, u32> = entries.iter().cloned().collect();
        let mut total: u32 = 0;
        for (word, count) in &counts {
            if word != TOTAL {
                total = total.saturating_add(*count);
            }
        }
        counts.insert(TOTAL.to_owned(), total);
        counts
    }

    #[test]
    fn matches_the_model_on_many_boards() {
        let pieces: Vec<&str> = NAMES.iter().copied().chain([TOTAL, "(", ")"]).collect();
        check(
            |g: &mut Gen| {
                let n = g.size();
                g.board(n, |g| g.name(&pieces), Gen::u32)
            },
            |entries| {
                let mut counts: HashMap<String, u32> = entries.iter().cloned().collect();
                add_total(&mut counts);
                same("counts", sorted(&counts), model(&entries))
            },
        );
    }
}
