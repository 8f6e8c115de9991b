// Lesson 02 (filter before you collect): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-02/src/lib.rs, "The fix" and "What it costs"
// Run:  cargo run -p lesson-02   (from the repository root)
//
// A word counter counted "Rust", "RUST" and "rust" as three words. Fold
// them: every word with an upper-case letter in it is removed, and its
// count is added to the word's lower-case form (`str::to_lowercase`), which
// is created if needed. Counts are never negative, so the order in which
// words are folded does not change the result.
//
// Rules (each is checked by the test named after it):
// - a word that contains an upper-case letter (`char::is_uppercase`) goes,
//   and its count joins its lower-case form, accents and all
//   (`tests::capitals_fold_into_lower_case`);
// - a word without one keeps its entry, plus what is folded into it
//   (`tests::words_without_capitals_stay`);
// - a count stops at u32::MAX instead of wrapping
//   (`tests::a_sum_past_u32_max_stops_there`);
// - copy only the words you fold: a text without capitals makes no
//   allocation at all (`tests::no_capital_no_allocation`).
//
// The tests call `fold_case` as it is declared below, and compare it with a
// plain model on 300 generated boards. Stuck? `rustlings hint l02_fold_case`.

use std::collections::HashMap;

/// Folds every word with an upper-case letter into its lower-case form.
fn fold_case(counts: &mut HashMap<String, u32>) {
    // TODO: make it compile without breaking a rule above.
    let capitalised: Vec<String> = counts
        .keys()
        .filter(|word| word.chars().any(char::is_uppercase))
        .cloned()
        .collect();
    for word in capitalised {
        let count = counts.remove(&word).unwrap_or(0);
        let lower = word.to_lowercase();
        match counts.get_mut(&lower) {
            Some(total) => *total = total.saturating_add(count),
            None => {
                counts.insert(lower, count);
            }
        }
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
    use crate::harness::{Gen, NAMES, allocations, board, check, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn capitals_fold_into_lower_case() {
        let mut counts = board(&[
            ("Rust", 2),
            ("RUST", 1),
            ("iPhone", 4),
            ("ÉTÉ", 3),
            ("été", 1),
        ]);
        fold_case(&mut counts);
        assert_eq!(
            counts,
            board(&[("rust", 3), ("iphone", 4), ("été", 4)]),
            "every word with a capital is folded into its to_lowercase() form, accents included, \
             and the counts add up: rust 2 + 1, été 3 + 1"
        );
    }

    #[test]
    fn words_without_capitals_stay() {
        let mut counts = board(&[("rust", 5), ("Rust", 1), ("", 2), ("字", 3), ("_x1", 1)]);
        fold_case(&mut counts);
        assert_eq!(
            counts,
            board(&[("rust", 6), ("", 2), ("字", 3), ("_x1", 1)]),
            "\"Rust\" folds into \"rust\" (5 + 1); words with no capital (\"\", 字, _x1) stay as they are"
        );
    }

    #[test]
    fn a_sum_past_u32_max_stops_there() {
        let mut counts = board(&[("word", u32::MAX - 1), ("Word", 1), ("WORD", 1)]);
        fold_case(&mut counts);
        assert_eq!(
            counts,
            board(&[("word", u32::MAX)]),
            "(u32::MAX - 1) + 1 + 1 must stop at u32::MAX, not wrap or panic"
        );
    }

    #[test]
    fn no_capital_no_allocation() {
        let mut counts: HashMap<String, u32> = (0..500)
            .map(|i| (format!("lower-case word {i}"), 1))
            .collect();
        let ((), allocated) = allocations(|| fold_case(&mut counts));
        assert_eq!(
            allocated, 0,
            "{allocated} allocations for 500 lower-case words; none is allowed: copy only the words \
             that will be folded"
        );
        assert_eq!(counts.len(), 500, "words with no capital must all stay");
    }

    fn model(entries: &[(String, u32)]) -> BTreeMap<String, u32> {
        let mut counts = BTreeMap::new();
        for (word, count) in entries {
            let key = if word.chars().any(char::is_uppercase) {
                word.to_lowercase()
            } else {
                word.clone()
            };
            let total: &mut u32 = counts.entry(key).or_default();
            *total = total.saturating_add(*count);
        }
        counts
    }

    #[test]
    fn matches_the_model_on_many_boards() {
        let pieces: Vec<&str> = NAMES
            .iter()
            .copied()
            .chain(["R", "ẞ", "İ", "ΣΑΣ"])
            .collect();
        check(
            |g: &mut Gen| {
                let n = g.size();
                g.board(n, |g| g.name(&pieces), Gen::u32)
            },
            |entries| {
                let mut counts: HashMap<String, u32> = entries.iter().cloned().collect();
                fold_case(&mut counts);
                same("counts", sorted(&counts), model(&entries))
            },
        );
    }
}
