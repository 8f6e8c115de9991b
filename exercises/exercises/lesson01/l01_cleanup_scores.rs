// Lesson 01, collect the keys first: make it compile. The stub fails with E0499.
//
// Read: lessons/lesson-01/src/lib.rs
// Run:  cargo run -p lesson-01   (from the repository root)
//
// Players who scored exactly 0 did not play: they leave the board. Everyone
// else (negative scores included) earns BONUS. The keys are already collected;
// the body of the loop still does not compile.
//
// Rules:
// - keep the function's signature and the `let names` line;
// - do not add a second loop;
// - add with `saturating_add`.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// The points every remaining player earns.
const BONUS: i32 = 1;

/// Removes the players whose score is exactly 0 and awards `BONUS` to all
/// the others.
fn cleanup_scores(scores: &mut HashMap<String, i32>) {
    let names: Vec<String> = scores.keys().cloned().collect();
    for name in names {
        // TODO: `score` (a `&mut` into the map) is still used after
        // `remove` has borrowed the map again. Make the two uses exclusive.
        if let Some(score) = scores.get_mut(&name) {
            if *score == 0 {
                scores.remove(&name);
            }
            *score = score.saturating_add(BONUS);
        }
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
    fn matches_the_articles_example() {
        let mut scores = board(&[("Alice", 0), ("Bob", 5), ("Charlie", 10)]);
        cleanup_scores(&mut scores);
        assert_eq!(scores, board(&[("Bob", 6), ("Charlie", 11)]));
    }

    #[test]
    fn negative_scores_stay_and_are_bumped() {
        let mut scores = board(&[("Неудачник", -1), ("Émile", -7)]);
        cleanup_scores(&mut scores);
        assert_eq!(scores, board(&[("Неудачник", 0), ("Émile", -6)]));
    }

    #[test]
    fn a_score_at_i32_max_stays_there() {
        let mut scores = board(&[("Zoë", i32::MAX), ("零", 0)]);
        cleanup_scores(&mut scores);
        assert_eq!(scores, board(&[("Zoë", i32::MAX)]));
    }

    #[test]
    fn the_board_can_end_up_empty() {
        let mut scores = board(&[("a", 0), ("b", 0)]);
        cleanup_scores(&mut scores);
        assert!(scores.is_empty());
    }
}
