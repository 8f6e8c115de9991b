// Lesson 07 (`values_mut` and `iter_mut`): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-07/src/lib.rs, "The fix" and "Why this compiles"
// Run:  cargo run -p lesson-07   (from the repository root)
//
// A teacher grades on a curve: every grade is rescaled so that the best
// grade in the class becomes 100. A grade g becomes g * 100 / best, where
// best is the highest grade in the class when the call starts.
//
// Rules (each is checked by the test named after it):
// - every grade becomes g * 100 / best, computed exactly and truncated
//   toward zero, as integer division does (`tests::grades_become_percent_of_the_best`);
// - a result beyond the i32 range stops at i32::MIN or i32::MAX, and
//   nothing overflows on the way (`tests::no_overflow_at_the_ends_of_the_range`);
// - when the best grade is 0 or below (or there are no grades), nothing
//   changes (`tests::no_positive_best_changes_nothing`);
// - no lookup and no allocation (`tests::no_lookup_and_no_allocation`).
//
// The tests call `scale_to_best` as it is declared below (the map's hasher
// is a type parameter, so that a test can count the lookups), and compare it
// with a plain model on 300 generated classes. Stuck? `rustlings hint l07_scale_to_best`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Rescales every grade so that the best one becomes 100.
fn scale_to_best<S: BuildHasher>(grades: &mut HashMap<String, i32, S>) {
    // TODO: make it compile without breaking a rule above.
    for grade in grades.values_mut() {
        let best = grades.values().copied().max().unwrap_or(0);
        if best > 0 {
            *grade = *grade * 100 / best;
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
    use crate::harness::{Gen, NAMES, allocations, board, check, counted, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn grades_become_percent_of_the_best() {
        let mut grades = board(&[("ada", 80), ("bob", 60), ("cy", 79), ("dé", -8), ("字", 0)]);
        scale_to_best(&mut grades);
        // 79 * 100 / 80 = 98.75 and -8 * 100 / 80 = -10: truncated toward zero.
        assert_eq!(
            grades,
            board(&[
                ("ada", 100),
                ("bob", 75),
                ("cy", 98),
                ("dé", -10),
                ("字", 0)
            ]),
            "the best grade is 80: each grade becomes g * 100 / 80, truncated toward zero \
             (79 -> 98, -8 -> -10)"
        );
    }

    #[test]
    fn no_overflow_at_the_ends_of_the_range() {
        let mut grades = board(&[("top", i32::MAX), ("next", i32::MAX - 1), ("low", i32::MIN)]);
        scale_to_best(&mut grades);
        assert_eq!(
            grades,
            board(&[("top", 100), ("next", 99), ("low", -100)]),
            "the best is i32::MAX: g * 100 overflows an i32, so compute in a wider type \
             ((i32::MAX - 1) * 100 / i32::MAX = 99, i32::MIN * 100 / i32::MAX = -100)"
        );

        let mut grades = board(&[("best", 1), ("worst", i32::MIN / 50), ("min", i32::MIN)]);
        scale_to_best(&mut grades);
        assert_eq!(
            grades,
            board(&[("best", 100), ("worst", i32::MIN), ("min", i32::MIN)]),
            "the best is 1: (i32::MIN / 50) * 100 and i32::MIN * 100 are below the i32 range, \
             and must stop at i32::MIN"
        );
    }

    #[test]
    fn no_positive_best_changes_nothing() {
        for entries in [
            &[("a", 0), ("b", -5)][..],
            &[("a", -1), ("b", i32::MIN)],
            &[],
        ] {
            let mut grades = board(entries);
            scale_to_best(&mut grades);
            assert_eq!(
                grades,
                board(entries),
                "the best grade is 0 or below (or there are no grades): nothing may change"
            );
        }
    }

    #[test]
    fn no_lookup_and_no_allocation() {
        let entries: Vec<(String, i32)> =
            (0..500).map(|i| (format!("student {i:>12}"), i)).collect();
        let mut grades = counted(entries, 0);
        let ((), allocated) = allocations(|| scale_to_best(&mut grades));
        assert_eq!(allocated, 0, "{allocated} allocations; none is allowed");
        assert_eq!(
            grades.hasher().hashes(),
            0,
            "lookups in grades: none is allowed"
        );
        assert_eq!(
            grades["student          499"], 100,
            "499 is the best grade: it becomes 100"
        );
        assert_eq!(
            grades["student          250"], 50,
            "250 * 100 / 499 = 50.1, truncated to 50"
        );
    }

    fn model(entries: &[(String, i32)]) -> BTreeMap<String, i32> {
        let mut grades: BTreeMap<String, i32> = entries.iter().cloned().collect();
        let best = grades.values().copied().max().unwrap_or(0);
        if best > 0 {
            for grade in grades.values_mut() {
                let exact = i128::from(*grade) * 100 / i128::from(best);
                *grade = exact.clamp(i128::from(i32::MIN), i128::from(i32::MAX)) as i32;
            }
        }
        grades
    }

    #[test]
    fn matches_the_model_on_many_classes() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                g.board(n, |g| g.name(NAMES), Gen::i32)
            },
            |entries| {
                let mut grades: HashMap<String, i32> = entries.iter().cloned().collect();
                scale_to_best(&mut grades);
                same("grades", sorted(&grades), model(&entries))
            },
        );
    }
}
