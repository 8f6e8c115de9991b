// Lesson 07, values_mut and iter_mut: make it compile. The stub fails with E0499.
//
// Read: lessons/lesson-07/src/lib.rs
// Run:  cargo run -p lesson-07   (from the repository root)
//
// Every player earns BONUS, and every player who was on the board gets a
// "<name>_bonus" marker entry worth MARKER. `iter_mut` lends out the values,
// not the table: the insert inside the loop is refused.
//
// Rules:
// - keep the function's signature;
// - do not collect every key into a `Vec<String>`: bump in place with
//   `iter_mut` / `values_mut`, and collect only the markers to insert;
// - the markers are not bumped; an existing "<name>_bonus" player keeps
//   their (bumped) score; add with `saturating_add`.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// The points every player earns.
const BONUS: i32 = 1;

/// The value of a new "<name>_bonus" marker entry.
const MARKER: i32 = 100;

/// Awards `BONUS` to every player and adds a "<name>_bonus" marker worth
/// `MARKER` for each of them (an existing entry of that name is kept).
fn bump_and_mark(scores: &mut HashMap<String, i32>) {
    // TODO: The loop holds `&mut scores` until it ends; `entry` needs
    // another one. Remember the markers, insert them after the loop.
    for (name, score) in scores.iter_mut() {
        *score = score.saturating_add(BONUS);
        scores.entry(format!("{name}_bonus")).or_insert(MARKER);
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
    fn everyone_is_bumped_and_marked() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
        bump_and_mark(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Alice", 11),
                ("Alice_bonus", MARKER),
                ("Bob", 21),
                ("Bob_bonus", MARKER),
            ])
        );
    }

    #[test]
    fn an_existing_marker_named_player_is_kept() {
        let mut scores = board(&[("Alice", 10), ("Alice_bonus", 7)]);
        bump_and_mark(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Alice", 11),
                ("Alice_bonus", 8),
                ("Alice_bonus_bonus", MARKER),
            ])
        );
    }

    #[test]
    fn a_score_at_i32_max_stays_there() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN)]);
        bump_and_mark(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Zoë", i32::MAX),
                ("Zoë_bonus", MARKER),
                ("字", i32::MIN + 1),
                ("字_bonus", MARKER),
            ])
        );
    }

    #[test]
    fn an_empty_board_stays_empty() {
        let mut scores = HashMap::new();
        bump_and_mark(&mut scores);
        assert!(scores.is_empty());
    }
}
