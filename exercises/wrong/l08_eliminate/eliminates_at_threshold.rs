// Lesson 08, extract_if: implement `eliminate`.
//
// Read: lessons/lesson-08/src/lib.rs
// Run:  cargo run -p lesson-08   (from the repository root)
//
// Players below the threshold leave the game, but the hall of fame keeps
// them: remove them from the board and return them, sorted by name.
//
// Rules:
// - keep the function's signature;
// - one pass over the map, no key vector;
// - return the eliminated players sorted by name; a score equal to the
//   threshold survives.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Removes the players whose score is below `threshold` and returns them,
/// with their scores, sorted by name.
fn eliminate(scores: &mut HashMap<String, i32>, threshold: i32) -> Vec<(String, i32)> {
    // WRONG: `<=`: a score equal to the threshold is eliminated
    // CAUGHT BY: tests::a_score_equal_to_the_threshold_survives
    let mut eliminated: Vec<(String, i32)> = scores
        .extract_if(|_name, score| *score <= threshold)
        .collect();
    eliminated.sort();
    eliminated
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

    fn players(entries: &[(&str, i32)]) -> Vec<(String, i32)> {
        entries
            .iter()
            .map(|&(name, score)| (name.to_owned(), score))
            .collect()
    }

    #[test]
    fn eliminated_players_are_returned() {
        let mut scores = board(&[("Bob", 3), ("Alice", 1), ("Carol", 20)]);
        assert_eq!(
            eliminate(&mut scores, 10),
            players(&[("Alice", 1), ("Bob", 3)])
        );
    }

    #[test]
    fn survivors_stay_on_the_board() {
        let mut scores = board(&[("Bob", 3), ("Carol", 20), ("Zoë", i32::MAX)]);
        eliminate(&mut scores, 10);
        assert_eq!(scores, board(&[("Carol", 20), ("Zoë", i32::MAX)]));
    }

    #[test]
    fn a_score_equal_to_the_threshold_survives() {
        let mut scores = board(&[("Émile", 10), ("字", i32::MIN)]);
        assert_eq!(eliminate(&mut scores, 10), players(&[("字", i32::MIN)]));
        assert_eq!(scores, board(&[("Émile", 10)]));
    }

    #[test]
    fn many_players_come_back_sorted() {
        let mut scores: HashMap<String, i32> =
            (0..64).map(|i| (format!("player{i:03}"), -i)).collect();
        let names: Vec<String> = eliminate(&mut scores, 0)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        let expected: Vec<String> = (1..64).map(|i| format!("player{i:03}")).collect();
        assert_eq!(names, expected);
        assert_eq!(scores, board(&[("player000", 0)]));
    }

    #[test]
    fn extreme_thresholds() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN)]);
        assert!(eliminate(&mut scores, i32::MIN).is_empty());
        assert_eq!(
            eliminate(&mut scores, i32::MAX),
            players(&[("字", i32::MIN)])
        );
        assert_eq!(scores, board(&[("Zoë", i32::MAX)]));
    }
}
