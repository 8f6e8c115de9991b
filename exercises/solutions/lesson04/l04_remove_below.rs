// Lesson 04, retain: implement `remove_below`.
//
// Read: lessons/lesson-04/src/lib.rs
// Run:  cargo run -p lesson-04   (from the repository root)
//
// After the qualifier, players whose score is below the threshold leave the
// board. Return how many left.
//
// Rules:
// - keep the function's signature;
// - one pass with `retain`: no key vector;
// - a score equal to the threshold stays.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Removes the players whose score is below `threshold` and returns how many
/// were removed.
fn remove_below(scores: &mut HashMap<String, i32>, threshold: i32) -> usize {
    let before = scores.len();
    scores.retain(|_name, score| *score >= threshold);
    before - scores.len()
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
    fn removes_the_low_scores_and_counts_them() {
        let mut scores = board(&[
            ("Alice", 0),
            ("Bob", 5),
            ("Charlie", 10),
            ("Dan", 1),
            ("Eve", 9),
        ]);
        assert_eq!(remove_below(&mut scores, 5), 2);
        assert_eq!(scores, board(&[("Bob", 5), ("Charlie", 10), ("Eve", 9)]));
    }

    #[test]
    fn a_score_equal_to_the_threshold_stays() {
        let mut scores = board(&[("Émile", 7)]);
        assert_eq!(remove_below(&mut scores, 7), 0);
        assert_eq!(scores, board(&[("Émile", 7)]));
    }

    #[test]
    fn extreme_thresholds() {
        let mut scores = board(&[("字", i32::MIN), ("Zoë", i32::MAX), ("Bob", 0)]);
        assert_eq!(remove_below(&mut scores, i32::MIN), 0);
        assert_eq!(scores.len(), 3);
        assert_eq!(remove_below(&mut scores, i32::MAX), 2);
        assert_eq!(scores, board(&[("Zoë", i32::MAX)]));
    }

    #[test]
    fn an_empty_board() {
        let mut scores = HashMap::new();
        assert_eq!(remove_below(&mut scores, 0), 0);
    }
}
