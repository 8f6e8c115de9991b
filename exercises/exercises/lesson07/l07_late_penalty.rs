// Lesson 07 (`values_mut` and `iter_mut`): implement `late_penalty`.
//
// Read: lessons/lesson-07/src/lib.rs, "The fix" and "What it costs"
// Run:  cargo run -p lesson-07   (from the repository root)
//
// A class's grades are kept in a map: student -> grade. The students who
// handed their work in late (the set `late`) lose `penalty` points.
//
// Rules (each is checked by the test named after it):
// - exactly the students named in `late` lose `penalty` points; names
//   match exactly, case and accents included, and a late name with no
//   grade is ignored (`tests::late_students_lose_the_penalty`);
// - the penalty never takes a grade below 0, and a grade already below 0
//   stays where it is (`tests::the_penalty_stops_at_zero`);
// - a penalty of 0 or less changes nothing (`tests::a_penalty_of_zero_or_less_changes_nothing`);
// - no lookup in `grades` (looking names up in `late` is fine), and no
//   allocation (`tests::no_lookup_in_grades_and_no_allocation`).
//
// The tests call `late_penalty` as it is declared below (the grades' hasher
// is a type parameter, so that a test can count their lookups), and compare
// it with a plain model on 300 generated classes. Stuck? `rustlings hint l07_late_penalty`.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

/// Takes `penalty` points from every student in `late`, never below 0.
fn late_penalty<S: BuildHasher>(
    grades: &mut HashMap<String, i32, S>,
    late: &HashSet<String>,
    penalty: i32,
) {
    // TODO: implement the job and the rules above.
    todo!()
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

    fn names(list: &[&str]) -> HashSet<String> {
        list.iter().map(|&name| name.to_owned()).collect()
    }

    #[test]
    fn late_students_lose_the_penalty() {
        let mut grades = board(&[
            ("ada", 80),
            ("Ada", 80),
            ("bob", 60),
            ("Émile", 70),
            ("emile", 70),
        ]);
        late_penalty(&mut grades, &names(&["ada", "Émile", "nobody", ""]), 15);
        assert_eq!(
            grades,
            board(&[
                ("ada", 65),
                ("Ada", 80),
                ("bob", 60),
                ("Émile", 55),
                ("emile", 70)
            ]),
            "only ada and Émile lose 15 points: names match exactly (not \"Ada\", not \"emile\"), \
             and \"nobody\" and \"\" have no grade and are ignored"
        );
    }

    #[test]
    fn the_penalty_stops_at_zero() {
        let mut grades = board(&[
            ("a", 10),
            ("b", 0),
            ("c", -5),
            ("d", i32::MIN),
            ("e", i32::MAX),
        ]);
        late_penalty(&mut grades, &names(&["a", "b", "c", "d", "e"]), i32::MAX);
        assert_eq!(
            grades,
            board(&[("a", 0), ("b", 0), ("c", -5), ("d", i32::MIN), ("e", 0)]),
            "a penalty of i32::MAX takes every positive grade down to 0, not below; grades at \
             or below 0 (b, c, d) stay where they are"
        );
    }

    #[test]
    fn a_penalty_of_zero_or_less_changes_nothing() {
        let entries = [
            ("a", 10),
            ("b", 0),
            ("c", -5),
            ("d", i32::MAX),
            ("e", i32::MIN),
        ];
        for penalty in [0, -1, i32::MIN] {
            let mut grades = board(&entries);
            late_penalty(&mut grades, &names(&["a", "b", "c", "d", "e"]), penalty);
            assert_eq!(
                grades,
                board(&entries),
                "a penalty of {penalty} (0 or less) must change nothing"
            );
        }
    }

    #[test]
    fn no_lookup_in_grades_and_no_allocation() {
        let entries: Vec<(String, i32)> =
            (0..300).map(|i| (format!("student {i:>12}"), 50)).collect();
        let late: HashSet<String> = entries
            .iter()
            .step_by(3)
            .map(|(name, _)| name.clone())
            .collect();
        let mut grades = counted(entries, 0);
        let ((), allocated) = allocations(|| late_penalty(&mut grades, &late, 20));
        assert_eq!(allocated, 0, "{allocated} allocations; none is allowed");
        assert_eq!(
            grades.hasher().hashes(),
            0,
            "lookups in grades: none is allowed (walk grades; look names up in late instead)"
        );
        assert_eq!(
            grades.values().filter(|&&grade| grade == 30).count(),
            100,
            "100 of the 300 students are late: each goes from 50 to 30"
        );
    }

    fn model(entries: &[(String, i32)], late: &[String], penalty: i32) -> BTreeMap<String, i32> {
        let mut grades: BTreeMap<String, i32> = entries.iter().cloned().collect();
        if penalty > 0 {
            for (student, grade) in &mut grades {
                if *grade > 0 && late.contains(student) {
                    *grade = (i64::from(*grade) - i64::from(penalty)).max(0) as i32;
                }
            }
        }
        grades
    }

    #[test]
    fn matches_the_model_on_many_classes() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::i32);
                let k = g.size();
                let late = g.keys_or_names(&entries, NAMES, k);
                (entries, late, g.i32())
            },
            |(entries, late, penalty)| {
                let mut grades: HashMap<String, i32> = entries.iter().cloned().collect();
                let set: HashSet<String> = late.iter().cloned().collect();
                late_penalty(&mut grades, &set, penalty);
                same("grades", sorted(&grades), model(&entries, &late, penalty))
            },
        );
    }
}
