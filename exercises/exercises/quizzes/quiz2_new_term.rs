// Quiz 2 (lessons 03 to 05): choose the tools, then implement `new_term`
// and `graduate`.
//
// Read: lessons 03, 04 and 05 (lessons/lesson-0N/src/lib.rs); the README's
//       "Which tool for which job" table.
// Run:  cargo run -p lesson-05   (from the repository root)
//
// A school keeps each class's grades in a map: student number -> grade.
// Two jobs happen at the end of a term; nobody tells you which tool to use
// for either of them: the rules below decide it. The map's hasher is a type
// parameter, so that a test can count the lookups.
//
// `new_term`: the students whose grade is `pass` or more stay in the class,
// their grade reset to 0 for the new term; the others leave.
//
// `graduate`: the whole class leaves; the call returns every (student
// number, grade) pair, sorted by student number, and the map, now empty,
// keeps its capacity for next year's class.
//
// Rules (each is checked by the test named after it):
// - `new_term`: who stays and who leaves, with the pass mark at both ends of
//   the range (`tests::new_term_keeps_who_passed`);
// - `new_term` returns how many students left
//   (`tests::new_term_returns_how_many_left`);
// - `new_term`: no allocation, no lookup, and the map keeps its table (in
//   Rust 1.95's `HashMap`, `capacity()` may drop by one per removed entry: a
//   removal can leave a tombstone) (`tests::new_term_allocates_and_looks_up_nothing`);
// - `graduate`: everyone comes back, sorted, and the map is empty
//   (`tests::graduate_returns_everyone_sorted`);
// - `graduate`: the map keeps its capacity (`tests::graduate_keeps_the_capacity`);
// - `graduate`: no lookup, and at most two allocations (the returned vector,
//   and the scratch space a sort may need) (`tests::graduate_allocates_at_most_twice`).
//
// The tests call both functions as they are declared below, and compare
// them with plain models on 300 generated classes. Stuck? `rustlings hint quiz2_new_term`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Keeps the students with a grade of `pass` or more, their grade reset to
/// 0; returns how many students left.
fn new_term<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>, pass: i32) -> usize {
    // TODO: implement both jobs and their rules.
    todo!()
}

/// Empties the class; returns every (student number, grade), sorted by
/// student number.
fn graduate<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
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
    use crate::harness::{Gen, allocations, check, counted, kept_its_table, map, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn new_term_keeps_who_passed() {
        let mut grades = map(&[(17, 12), (4, 10), (9, 9), (23, -3), (u32::MAX, i32::MAX)]);
        new_term(&mut grades, 10);
        assert_eq!(
            grades,
            map(&[(17, 0), (4, 0), (u32::MAX, 0)]),
            "pass mark 10: 17 (12), 4 (exactly 10) and u32::MAX stay, their grades reset to 0; \
             9 (9) and 23 (-3) leave"
        );

        let mut grades = map(&[(1, i32::MIN), (2, i32::MAX), (3, i32::MAX - 1)]);
        new_term(&mut grades, i32::MIN);
        assert_eq!(
            grades,
            map(&[(1, 0), (2, 0), (3, 0)]),
            "pass mark i32::MIN: every grade is at or above it, so everyone stays, reset to 0"
        );

        let mut grades = map(&[(1, i32::MIN), (2, i32::MAX), (3, i32::MAX - 1)]);
        new_term(&mut grades, i32::MAX);
        assert_eq!(
            grades,
            map(&[(2, 0)]),
            "pass mark i32::MAX: only the grade i32::MAX passes"
        );
    }

    #[test]
    fn new_term_returns_how_many_left() {
        let mut grades = map(&[(1, 5), (2, 15), (3, 4), (4, 50)]);
        assert_eq!(
            new_term(&mut grades, 10),
            2,
            "pass mark 10: students 1 (5) and 3 (4) leave: the call returns 2"
        );
        assert_eq!(
            new_term(&mut grades, 0),
            0,
            "pass mark 0: the two left have 0, which passes: the call returns 0"
        );
        assert_eq!(
            new_term(&mut grades, 1),
            2,
            "pass mark 1: both students (grade 0) leave: the call returns 2"
        );
    }

    #[test]
    fn new_term_allocates_and_looks_up_nothing() {
        let mut grades = counted((0..1000).map(|n| (n, (n % 20) as i32)), 0);
        let capacity = grades.capacity();
        let (left, allocated) = allocations(|| new_term(&mut grades, 10));
        assert_eq!(
            left, 500,
            "grades 0 to 9 are below the pass mark of 10: 500 of 1000 students leave"
        );
        assert_eq!(
            allocated, 0,
            "{allocated} allocations in new_term; none is allowed"
        );
        assert_eq!(
            grades.hasher().hashes(),
            0,
            "lookups in new_term: none is allowed"
        );
        kept_its_table(capacity, grades.capacity(), left).unwrap();
    }

    #[test]
    fn graduate_returns_everyone_sorted() {
        let mut grades = map(&[(42, 7), (7, 42), (u32::MAX, -1), (0, 0), (19, i32::MIN)]);
        assert_eq!(
            graduate(&mut grades),
            [(0, 0), (7, 42), (19, i32::MIN), (42, 7), (u32::MAX, -1)],
            "every (student number, grade) pair comes back, sorted by student number"
        );
        assert!(
            grades.is_empty(),
            "the class must be empty after graduation, but these stay: {grades:?}"
        );

        // Enough students that hash order is never sorted by luck.
        let mut grades: HashMap<u32, i32> = (0..100).map(|n| (n * 37 % 101, 1)).collect();
        let numbers: Vec<u32> = graduate(&mut grades).into_iter().map(|(n, _)| n).collect();
        let mut sorted_numbers = numbers.clone();
        sorted_numbers.sort_unstable();
        assert_eq!(
            numbers, sorted_numbers,
            "the pairs must come back sorted by student number"
        );
    }

    #[test]
    fn graduate_keeps_the_capacity() {
        let mut grades: HashMap<u32, i32> = (0..500).map(|n| (n, 1)).collect();
        let capacity = grades.capacity();
        assert_eq!(
            graduate(&mut grades).len(),
            500,
            "all 500 students must come back"
        );
        assert_eq!(
            grades.capacity(),
            capacity,
            "the emptied map must keep its capacity for next year's class"
        );
    }

    #[test]
    fn graduate_allocates_at_most_twice() {
        let mut grades = counted((0..1000).map(|n| (n * 7919 % 1000, 1)), 0);
        let (class, allocated) = allocations(|| graduate(&mut grades));
        assert_eq!(class.len(), 1000, "all 1000 students must come back");
        assert!(
            allocated <= 2,
            "{allocated} allocations in graduate; at most 2 are allowed (the returned vector, \
             and the scratch space a sort may need)"
        );
        assert_eq!(
            grades.hasher().hashes(),
            0,
            "lookups in graduate: none is allowed"
        );
    }

    fn model_new_term(class: &[(u32, i32)], pass: i32) -> (usize, BTreeMap<u32, i32>) {
        let stay: BTreeMap<u32, i32> = class
            .iter()
            .filter(|(_, grade)| *grade >= pass)
            .map(|&(n, _)| (n, 0))
            .collect();
        (class.len() - stay.len(), stay)
    }

    #[test]
    fn new_term_matches_the_model_on_many_classes() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                (g.board(n, Gen::u32, Gen::i32), g.i32())
            },
            |(class, pass)| {
                let mut grades = map(&class);
                let left = new_term(&mut grades, pass);
                same(
                    "(left, grades)",
                    (left, sorted(&grades)),
                    model_new_term(&class, pass),
                )
            },
        );
    }

    #[test]
    fn graduate_matches_the_model_on_many_classes() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                g.board(n, Gen::u32, Gen::i32)
            },
            |class| {
                let mut grades = map(&class);
                let mut expected = class.clone();
                expected.sort_unstable();
                same("graduates", graduate(&mut grades), expected)?;
                same("map is empty", grades.is_empty(), true)
            },
        );
    }
}
