// Lesson 06, the entry API: implement `record_points`.
//
// Read: lessons/lesson-06/src/lib.rs
// Run:  cargo run -p lesson-06   (from the repository root)
//
// Points come in as events `(player, points)`; points may be negative. A
// player seen for the first time starts at 0. Apply every event in order.
//
// Rules:
// - keep the function's signature;
// - one lookup per event (the entry API);
// - add with `saturating_add`: scores stay within i32::MIN..=i32::MAX.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Adds each event's points to its player's score; unknown players start
/// at 0. Saturates at both ends of the `i32` range.
fn record_points(scores: &mut HashMap<String, i32>, events: &[(&str, i32)]) {
    // WRONG: `insert`: each event replaces the score instead of adding to it
    // CAUGHT BY: tests::events_add_up
    for &(player, points) in events {
        scores.insert(player.to_owned(), points);
    }
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries
            .iter()
            .map(|&(name, score)| (name.to_owned(), score))
            .collect()
    }

    #[test]
    fn a_new_player_gets_the_points() {
        let mut scores = HashMap::new();
        record_points(&mut scores, &[("Alice", 5)]);
        assert_eq!(scores, board(&[("Alice", 5)]));
    }

    #[test]
    fn events_add_up() {
        let mut scores = board(&[("Bob", 10)]);
        record_points(
            &mut scores,
            &[("Bob", 5), ("Ёжик", 3), ("Bob", -20), ("Ёжик", 4)],
        );
        assert_eq!(scores, board(&[("Bob", -5), ("Ёжик", 7)]));
    }

    #[test]
    fn a_zero_point_event_still_adds_the_player() {
        let mut scores = HashMap::new();
        record_points(&mut scores, &[("字", 0)]);
        assert_eq!(scores, board(&[("字", 0)]));
    }

    #[test]
    fn saturates_at_both_ends() {
        let mut scores = board(&[("Zoë", i32::MAX - 1), ("🦀", i32::MIN + 1)]);
        record_points(&mut scores, &[("Zoë", 5), ("🦀", -5), ("Zoë", -1)]);
        assert_eq!(scores, board(&[("Zoë", i32::MAX - 1), ("🦀", i32::MIN)]));
    }

    #[test]
    fn no_events_changes_nothing() {
        let mut scores = board(&[("Alice", 1)]);
        record_points(&mut scores, &[]);
        assert_eq!(scores, board(&[("Alice", 1)]));
    }
}
