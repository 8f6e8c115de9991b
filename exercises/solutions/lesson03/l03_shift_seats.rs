// Lesson 03 (copied keys): implement `make_room`.
//
// Read: lessons/lesson-03/src/lib.rs, "The fix" and "What it costs"
// Run:  cargo run -p lesson-03   (from the repository root)
//
// A theatre keeps its seating plan in a map: seat number -> the guest in
// it. A late guest must sit in seat `at`, so every guest in seat `at` or
// above moves up by one seat (seat s to seat s + 1), which frees seat `at`.
//
// Rules (each is checked by the test named after it):
// - every guest in seat `at` or above moves up one seat; the others stay
//   (`tests::guests_from_the_seat_up_move_one_seat`);
// - nobody is lost or overwritten, even in a full row
//   (`tests::a_full_row_moves_together`);
// - the last seat is u32::MAX: if a guest sits there, nobody can move up,
//   so nothing changes and the call returns false (otherwise true)
//   (`tests::the_last_seat_cannot_move_up`);
// - guests' names are moved, never copied (`tests::names_are_moved_not_copied`);
// - this exercise runs Clippy with warnings as errors, and the set turns
//   on `clippy::cloned_instead_of_copied`.
//
// The tests call `make_room` as it is declared below, and compare it with a
// plain model on 300 generated plans. Stuck? `rustlings hint l03_shift_seats`.

use std::collections::HashMap;

/// Moves every guest in seat `at` or above up by one seat; false (and no
/// change) if the last seat is taken.
fn make_room(plan: &mut HashMap<u32, String>, at: u32) -> bool {
    // TODO: implement the job and the rules above.
    if plan.contains_key(&u32::MAX) {
        return false;
    }
    let mut moving: Vec<u32> = plan.keys().copied().filter(|&seat| seat >= at).collect();
    // Highest seat first: each guest moves into a seat that is already free.
    moving.sort_unstable_by(|a, b| b.cmp(a));
    for seat in moving {
        if let Some(guest) = plan.remove(&seat) {
            plan.insert(seat + 1, guest);
        }
    }
    true
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
    use crate::harness::{Gen, NAMES, buffers, check, map, moved_not_copied, same, sorted};
    use std::collections::BTreeMap;

    fn plan(seats: &[(u32, &str)]) -> HashMap<u32, String> {
        seats
            .iter()
            .map(|&(seat, guest)| (seat, guest.to_owned()))
            .collect()
    }

    #[test]
    fn guests_from_the_seat_up_move_one_seat() {
        let mut p = plan(&[(1, "Ada"), (4, "Bob"), (7, "Chloé"), (9, "Dmitri")]);
        assert!(
            make_room(&mut p, 4),
            "the last seat is free: make_room must return true"
        );
        assert_eq!(
            p,
            plan(&[(1, "Ada"), (5, "Bob"), (8, "Chloé"), (10, "Dmitri")]),
            "make_room(4): the guests in seats 4, 7 and 9 move up one seat; Ada in seat 1 stays"
        );
        assert!(
            make_room(&mut p, 11),
            "the last seat is free: make_room must return true, even when nobody moves"
        );
        assert_eq!(
            p,
            plan(&[(1, "Ada"), (5, "Bob"), (8, "Chloé"), (10, "Dmitri")]),
            "make_room(11): nobody sits in seat 11 or above, so nobody moves"
        );
    }

    #[test]
    fn a_full_row_moves_together() {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
        let row: Vec<(u32, &str)> = (0..).zip(names).collect();
        let mut p = plan(&row);
        assert!(
            make_room(&mut p, 0),
            "the last seat is free: make_room must return true"
        );
        let moved: Vec<(u32, &str)> = (1..).zip(names).collect();
        assert_eq!(
            p,
            plan(&moved),
            "seats 0 to 11 are all taken: every guest moves up one seat, and none may be \
             overwritten by the guest from the seat below"
        );
    }

    #[test]
    fn the_last_seat_cannot_move_up() {
        let mut p = plan(&[(0, "Ada"), (u32::MAX - 1, "Bob"), (u32::MAX, "字")]);
        assert!(
            !make_room(&mut p, 0),
            "a guest sits in the last seat (u32::MAX): make_room must return false"
        );
        assert_eq!(
            p,
            plan(&[(0, "Ada"), (u32::MAX - 1, "Bob"), (u32::MAX, "字")]),
            "a guest sits in the last seat (u32::MAX): nobody can move up, so nothing may change"
        );

        let mut p = plan(&[(0, "Ada"), (u32::MAX - 1, "Bob")]);
        assert!(
            make_room(&mut p, u32::MAX - 1),
            "the last seat (u32::MAX) is free: make_room must return true"
        );
        assert_eq!(
            p,
            plan(&[(0, "Ada"), (u32::MAX, "Bob")]),
            "Bob moves from u32::MAX - 1 into the free last seat"
        );
    }

    #[test]
    fn names_are_moved_not_copied() {
        let mut p: HashMap<u32, String> = (0..100)
            .map(|seat| (seat * 2, format!("guest {seat}")))
            .collect();
        let before = buffers(p.values());
        assert!(
            make_room(&mut p, 0),
            "the last seat is free: make_room must return true"
        );
        moved_not_copied(&before, p.values()).unwrap();
    }

    fn model(seats: &[(u32, String)], at: u32) -> (bool, BTreeMap<u32, String>) {
        let before: BTreeMap<u32, String> = seats.iter().cloned().collect();
        if before.contains_key(&u32::MAX) {
            return (false, before);
        }
        let after = before
            .into_iter()
            .map(|(seat, guest)| {
                if seat >= at {
                    (seat + 1, guest)
                } else {
                    (seat, guest)
                }
            })
            .collect();
        (true, after)
    }

    #[test]
    fn matches_the_model_on_many_plans() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let base = g.u32();
                let seats = g.board(
                    n,
                    |g| {
                        if g.one_in(2) {
                            base.saturating_add(g.below(8) as u32)
                        } else {
                            g.u32()
                        }
                    },
                    |g| g.name(NAMES),
                );
                let at = if g.one_in(2) {
                    base.saturating_add(g.below(4) as u32)
                } else {
                    g.u32()
                };
                (seats, at)
            },
            |(seats, at)| {
                let mut p = map(&seats);
                let moved = make_room(&mut p, at);
                same("(result, plan)", (moved, sorted(&p)), model(&seats, at))
            },
        );
    }
}
