// Lesson 09 (closures and pairs): make it compile. The stub fails with E0499.
//
// Read: lessons/lesson-09/src/lib.rs, "Borrows that outlive a loop turn"
// Run:  cargo run -p lesson-09   (from the repository root)
//
// A ferry company sells trips made of legs ("Oslo-Kiel", "Kiel-Oslo", ...)
// and keeps the seats left on each leg: leg -> seats. Booking a trip takes a
// seat on every leg of it, or none at all: a trip with one leg sold out is
// no trip. A trip may pass the same leg twice (a loop): that leg then needs
// two seats.
//
// Rules (each is checked by the test named after it):
// - a trip takes one seat on each of its legs, and `Ok(())`
//   (`tests::a_trip_takes_a_seat_on_every_leg`);
// - a leg named twice takes two seats, and needs them
//   (`tests::a_leg_named_twice_takes_two_seats`);
// - a leg that does not exist is `Err(NoSuchLeg(leg))`, the first such in
//   the trip's order, and nothing is booked
//   (`tests::an_unknown_leg_books_nothing`);
// - a leg without enough seats is `Err(Full(leg))`, the first such in the
//   trip's order, and nothing is booked; an unknown leg anywhere in the
//   trip is reported first (`tests::a_full_leg_books_nothing`);
// - at most one lookup in `seats` per leg of the trip
//   (`tests::at_most_one_lookup_per_leg`).
//
// The tests call `book_trip` as it is declared below (the map's hasher is a
// type parameter, so that a test can count the lookups), and compare it
// with a plain model on 300 generated timetables. Stuck? `rustlings hint l09_book_trip`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Why a trip was refused. No seat was taken.
#[derive(Debug, PartialEq, Eq)]
enum Refused {
    /// This leg does not exist.
    NoSuchLeg(String),
    /// This leg has fewer seats left than the trip needs.
    Full(String),
}

/// Takes a seat on every leg of `trip` (two on a leg named twice), or none.
fn book_trip<S: BuildHasher>(
    seats: &mut HashMap<String, u32, S>,
    trip: &[&str],
) -> Result<(), Refused> {
    // TODO: make it compile without breaking a rule above.
    let mut slots = Vec::new();
    for &leg in trip {
        let left = seats
            .get_mut(leg)
            .ok_or_else(|| Refused::NoSuchLeg(leg.to_owned()))?;
        slots.push(left);
    }
    for left in slots {
        *left -= 1;
    }
    Ok(())
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
    use crate::harness::{Gen, NAMES, board, check, counted, owned, same, sorted};
    use std::collections::BTreeMap;

    fn no_such(leg: &str) -> Result<(), Refused> {
        Err(Refused::NoSuchLeg(leg.to_owned()))
    }

    fn full(leg: &str) -> Result<(), Refused> {
        Err(Refused::Full(leg.to_owned()))
    }

    #[test]
    fn a_trip_takes_a_seat_on_every_leg() {
        let mut seats = board(&[("Oslo-Kiel", 10), ("Kiel-Oslo", 1), ("Kiel-Riga", u32::MAX)]);
        assert_eq!(book_trip(&mut seats, &["Oslo-Kiel", "Kiel-Riga"]), Ok(()));
        assert_eq!(
            book_trip(&mut seats, &["Kiel-Oslo"]),
            Ok(()),
            "the last seat"
        );
        assert_eq!(book_trip(&mut seats, &[]), Ok(()), "an empty trip");
        assert_eq!(
            seats,
            board(&[
                ("Oslo-Kiel", 9),
                ("Kiel-Oslo", 0),
                ("Kiel-Riga", u32::MAX - 1)
            ])
        );
    }

    #[test]
    fn a_leg_named_twice_takes_two_seats() {
        let mut seats = board(&[("Bay tour", 3), ("Pier-Isle", 5)]);
        assert_eq!(
            book_trip(&mut seats, &["Bay tour", "Pier-Isle", "Bay tour"]),
            Ok(())
        );
        assert_eq!(seats, board(&[("Bay tour", 1), ("Pier-Isle", 4)]));
        assert_eq!(
            book_trip(&mut seats, &["Bay tour", "Bay tour"]),
            full("Bay tour"),
            "one seat left, two needed"
        );
        assert_eq!(seats, board(&[("Bay tour", 1), ("Pier-Isle", 4)]));
    }

    #[test]
    fn an_unknown_leg_books_nothing() {
        let start = board(&[("Oslo-Kiel", 10), ("oslo-kiel", 0), ("Kiel-Oslo", 10)]);
        for (trip, answer) in [
            (&["Oslo-Kiel", "Kiel-Riga"][..], no_such("Kiel-Riga")),
            (
                &["Riga-Kiel", "Oslo-Kiel", "Kiel-Riga"][..],
                no_such("Riga-Kiel"),
            ),
            (
                &["Kiel-Oslo", "Oslo-Kiel", "OSLO-KIEL"][..],
                no_such("OSLO-KIEL"),
            ),
            (&["Oslo-Kie"][..], no_such("Oslo-Kie")),
            (&[""][..], no_such("")),
        ] {
            let mut seats = start.clone();
            assert_eq!(book_trip(&mut seats, trip), answer, "{trip:?}");
            assert_eq!(seats, start, "{trip:?}");
        }
    }

    #[test]
    fn a_full_leg_books_nothing() {
        let start = board(&[("A-B", 2), ("B-C", 0), ("C-D", 0), ("D-E", 1)]);
        for (trip, answer) in [
            (&["A-B", "B-C", "C-D"][..], full("B-C")),
            (&["C-D", "A-B", "B-C"][..], full("C-D")),
            (&["D-E", "A-B", "D-E"][..], full("D-E")),
            // D-E needs two seats and has one: it is the first leg short of
            // what the trip needs, though B-C is where the seats run out.
            (&["D-E", "B-C", "D-E"][..], full("D-E")),
            (&["B-C", "A-B", "X-Y"][..], no_such("X-Y")),
        ] {
            let mut seats = start.clone();
            assert_eq!(book_trip(&mut seats, trip), answer, "{trip:?}");
            assert_eq!(seats, start, "{trip:?}");
        }
    }

    #[test]
    fn at_most_one_lookup_per_leg() {
        let legs: Vec<(String, u32)> = (0..40).map(|i| (format!("leg {i:>16}"), 5)).collect();
        let names: Vec<String> = legs.iter().map(|(leg, _)| leg.clone()).collect();
        let mut trip: Vec<&str> = names.iter().step_by(3).map(String::as_str).collect();
        trip.push(&names[0]);
        // Room for eight more: the table never grows, so it never rehashes.
        let mut seats = counted(legs, 8);
        assert_eq!(book_trip(&mut seats, &trip), Ok(()));
        let lookups = seats.hasher().hashes();
        assert!(
            lookups <= trip.len(),
            "{lookups} lookups for {} legs",
            trip.len()
        );
        assert_eq!(
            (seats[&names[0]], seats[&names[3]], seats[&names[1]]),
            (3, 4, 5)
        );
        for refused in [
            vec!["leg                0", "nowhere"],
            vec!["nowhere", "leg                3"],
        ] {
            seats.hasher().reset();
            assert_eq!(book_trip(&mut seats, &refused), no_such("nowhere"));
            let lookups = seats.hasher().hashes();
            assert!(lookups <= 2, "{lookups} lookups for 2 legs");
        }
        let mut seats = counted(owned(&[("A-B", 0), ("B-C", 7)]), 8);
        assert_eq!(book_trip(&mut seats, &["B-C", "A-B"]), full("A-B"));
        assert!(
            seats.hasher().hashes() <= 2,
            "{} lookups for 2 legs",
            seats.hasher().hashes()
        );
    }

    /// The model: count what each leg needs, check every leg in the trip's
    /// order (unknown legs first), then take the seats.
    fn model(
        entries: &[(String, u32)],
        trip: &[String],
    ) -> (Result<(), Refused>, BTreeMap<String, u32>) {
        let mut seats: BTreeMap<String, u32> = entries.iter().cloned().collect();
        let needs = |leg: &String| trip.iter().filter(|other| *other == leg).count() as u64;
        let answer = if let Some(leg) = trip.iter().find(|leg| !seats.contains_key(*leg)) {
            Err(Refused::NoSuchLeg(leg.clone()))
        } else if let Some(leg) = trip.iter().find(|leg| u64::from(seats[*leg]) < needs(leg)) {
            Err(Refused::Full(leg.clone()))
        } else {
            for leg in trip {
                *seats.get_mut(leg).unwrap() -= 1;
            }
            Ok(())
        };
        (answer, seats)
    }

    #[test]
    fn matches_the_model_on_many_timetables() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), |g| g.pick(&[0, 1, 2, 3, u32::MAX]));
                let k = g.below(6);
                let trip = g.keys_or_names(&entries, NAMES, k);
                (entries, trip)
            },
            |(entries, trip)| {
                let mut seats: HashMap<String, u32> = entries.iter().cloned().collect();
                let legs: Vec<&str> = trip.iter().map(String::as_str).collect();
                let answer = book_trip(&mut seats, &legs);
                same(
                    "(answer, seats)",
                    (answer, sorted(&seats)),
                    model(&entries, &trip),
                )
            },
        );
    }
}
