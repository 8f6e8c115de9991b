// Lesson 11 (every collection): make the tests pass. The stub compiles, and
// skips loans.
//
// Read: lessons/lesson-11/src/lib.rs, "The index loop: it compiles, and it
//       skips" and "The fix: let the `Vec` walk itself"
// Run:  cargo run -p lesson-11   (from the repository root)
//
// A library keeps its loans in a `Vec`, sorted by the day each one is due
// (loans due the same day in the order they were made). At closing time
// the desk checks in the books that came back: for each loan due on or
// before `today`, in order, it asks `is_returned` (a scan of the returns
// shelf: slow, so ask once per loan); a loan that came back leaves `loans`
// and goes to the caller, to be filed.
//
// Rules (each is checked by the test named after it):
// - the due loans that came back leave `loans` and are returned in their
//   order; every other loan stays, in its order
//   (`tests::returned_loans_leave_in_order`);
// - `is_returned` is asked exactly once about each loan due on or before
//   `today`, in order, and never about a loan due later
//   (`tests::each_due_loan_is_asked_about_once_in_order`);
// - `today` may be 0 or u32::MAX, and `loans` may be empty
//   (`tests::today_at_the_ends_of_the_range`);
// - loans are moved, never copied, and `loans` keeps its buffer (its
//   capacity and its address) (`tests::loans_are_moved_and_the_list_kept`).
//
// The tests call `check_in` as it is declared below, and compare it with a
// plain model on 300 generated libraries. Stuck? `rustlings hint l11_check_in_loans`.

/// A book lent to a member, due back on day `due`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Loan {
    title: String,
    member: String,
    due: u32,
}

/// Takes the loans due by `today` that `is_returned` says came back out of
/// `loans` (sorted by due day), and returns them in their order.
fn check_in(
    loans: &mut Vec<Loan>,
    today: u32,
    mut is_returned: impl FnMut(&Loan) -> bool,
) -> Vec<Loan> {
    // TODO: make the tests pass without breaking a rule above.
    let due = loans.partition_point(|loan| loan.due <= today);
    loans.extract_if(..due, |loan| is_returned(loan)).collect()
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
    use crate::harness::{Gen, NAMES, buffers, check, moved_not_copied, same};
    use std::collections::HashSet;

    /// Loans from (title, due day) pairs, all lent to one member.
    fn loans(list: &[(&str, u32)]) -> Vec<Loan> {
        list.iter()
            .map(|&(title, due)| Loan {
                title: title.to_owned(),
                member: "Ada".to_owned(),
                due,
            })
            .collect()
    }

    fn titles(loans: &[Loan]) -> Vec<&str> {
        loans.iter().map(|loan| loan.title.as_str()).collect()
    }

    /// Checks in with the titles on the returns shelf; gives back what
    /// `check_in` returned and the titles it asked about, in order.
    fn check_in_shelf(
        loans: &mut Vec<Loan>,
        today: u32,
        shelf: &[&str],
    ) -> (Vec<Loan>, Vec<String>) {
        let mut asked = Vec::new();
        let returned = check_in(loans, today, |loan| {
            asked.push(loan.title.clone());
            shelf.contains(&loan.title.as_str())
        });
        (returned, asked)
    }

    #[test]
    fn returned_loans_leave_in_order() {
        let mut list = loans(&[
            ("Emma", 3),
            ("Ulysses", 3),
            ("Dune", 5),
            ("Beloved", 5),
            ("Ivanhoe", 7),
            ("Kim", 9),
        ]);
        let (returned, _) = check_in_shelf(&mut list, 7, &["Ivanhoe", "Emma", "Dune", "Kim"]);
        assert_eq!(titles(&returned), ["Emma", "Dune", "Ivanhoe"]);
        assert_eq!(
            titles(&list),
            ["Ulysses", "Beloved", "Kim"],
            "Kim is not due yet"
        );
        let (returned, _) = check_in_shelf(&mut list, 9, &["Ulysses", "Beloved", "Kim"]);
        assert_eq!(
            titles(&returned),
            ["Ulysses", "Beloved", "Kim"],
            "back to back"
        );
        assert!(list.is_empty());
    }

    #[test]
    fn each_due_loan_is_asked_about_once_in_order() {
        let mut list = loans(&[("a", 1), ("b", 1), ("c", 2), ("d", 2), ("e", 3), ("f", 4)]);
        let (returned, asked) = check_in_shelf(&mut list, 3, &["a", "b", "d", "e", "f"]);
        assert_eq!(asked, ["a", "b", "c", "d", "e"], "f is due on day 4");
        assert_eq!(titles(&returned), ["a", "b", "d", "e"]);
        assert_eq!(titles(&list), ["c", "f"]);
    }

    #[test]
    fn today_at_the_ends_of_the_range() {
        let start = loans(&[
            ("a", 0),
            ("b", 0),
            ("c", 1),
            ("d", u32::MAX),
            ("e", u32::MAX),
        ]);
        let everything = ["a", "b", "c", "d", "e"];

        let mut list = start.clone();
        let (returned, asked) = check_in_shelf(&mut list, 0, &everything);
        assert_eq!(
            (titles(&returned), asked),
            (vec!["a", "b"], vec!["a".into(), "b".into()])
        );
        assert_eq!(titles(&list), ["c", "d", "e"]);

        let mut list = start.clone();
        let (returned, asked) = check_in_shelf(&mut list, u32::MAX, &["b", "e"]);
        assert_eq!(titles(&returned), ["b", "e"]);
        assert_eq!(asked, everything);
        assert_eq!(titles(&list), ["a", "c", "d"]);

        let mut empty = Vec::new();
        let (returned, asked) = check_in_shelf(&mut empty, u32::MAX, &everything);
        assert!(returned.is_empty() && asked.is_empty() && empty.is_empty());
    }

    #[test]
    fn loans_are_moved_and_the_list_kept() {
        let mut list: Vec<Loan> = (0..300)
            .map(|i| Loan {
                title: format!("volume {i:>16}"),
                member: format!("member {i:>16}"),
                due: i / 3,
            })
            .collect();
        let titles_before = buffers(list.iter().map(|loan| &loan.title));
        let members_before = buffers(list.iter().map(|loan| &loan.member));
        let (capacity, address) = (list.capacity(), list.as_ptr());
        let returned = check_in(&mut list, 80, |loan| loan.due % 2 == 0);
        assert_eq!(
            returned.len(),
            41 * 3,
            "the loans due by day 41 (three a day) are the ones returned"
        );
        for loans in [&returned, &list] {
            moved_not_copied(&titles_before, loans.iter().map(|loan| &loan.title)).unwrap();
            moved_not_copied(&members_before, loans.iter().map(|loan| &loan.member)).unwrap();
        }
        assert_eq!(list.capacity(), capacity, "the capacity of `loans`");
        assert_eq!(list.as_ptr(), address, "`loans` has a new buffer");
    }

    /// The model: one pass over the loans, building both lists anew.
    fn model(
        entries: &[(u32, String, bool)],
        today: u32,
    ) -> (Vec<String>, Vec<String>, Vec<String>) {
        let (mut returned, mut kept, mut asked) = (Vec::new(), Vec::new(), Vec::new());
        for (due, title, back) in entries {
            if *due <= today {
                asked.push(title.clone());
            }
            if *due <= today && *back {
                returned.push(title.clone());
            } else {
                kept.push(title.clone());
            }
        }
        (returned, kept, asked)
    }

    #[test]
    fn matches_the_model_on_many_libraries() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let mut dues: Vec<u32> = (0..n).map(|_| g.pick(&[0, 1, 2, 3, u32::MAX])).collect();
                dues.sort_unstable();
                // Titles repeat (two copies of a book), so each gets its place.
                let entries: Vec<(u32, String, bool)> = dues
                    .into_iter()
                    .enumerate()
                    .map(|(i, due)| (due, format!("{i}:{}", g.name(NAMES)), g.one_in(2)))
                    .collect();
                let today = g.pick(&[0, 1, 2, 3, u32::MAX - 1, u32::MAX]);
                (entries, today)
            },
            |(entries, today)| {
                let mut list: Vec<Loan> = entries
                    .iter()
                    .map(|(due, title, _)| Loan {
                        title: title.clone(),
                        member: String::new(),
                        due: *due,
                    })
                    .collect();
                let back: HashSet<&String> = entries
                    .iter()
                    .filter(|(_, _, back)| *back)
                    .map(|(_, title, _)| title)
                    .collect();
                let mut asked = Vec::new();
                let returned = check_in(&mut list, today, |loan| {
                    asked.push(loan.title.clone());
                    back.contains(&loan.title)
                });
                let names = |loans: &[Loan]| -> Vec<String> {
                    loans.iter().map(|loan| loan.title.clone()).collect()
                };
                same(
                    "(returned, kept, asked)",
                    (names(&returned), names(&list), asked),
                    model(&entries, today),
                )
            },
        );
    }
}
