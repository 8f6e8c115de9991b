// Lesson 03, copied() for Copy keys: make it compile. The stub fails with E0277.
//
// Read: lessons/lesson-03/src/lib.rs
// Run:  cargo run -p lesson-03   (from the repository root)
//
// The qualifier list: the names of every player at or above the threshold,
// sorted. Someone learned that `copied()` is the idiom for keys... and used it
// on `String` keys.
//
// Rules:
// - keep the function's signature and the iterator chain (fix one adapter);
// - a score equal to the threshold qualifies;
// - return the names sorted, exactly as written on the board.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Returns the names of the players whose score is at least `threshold`,
/// sorted.
fn qualified_names(scores: &HashMap<String, i32>, threshold: i32) -> Vec<String> {
    // WRONG: returns the names in hash order
    // CAUGHT BY: tests::the_names_come_back_sorted
    scores
        .iter()
        .filter(|&(_, score)| *score >= threshold)
        .map(|(name, _)| name)
        .cloned()
        .collect()
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
    fn qualified_players_sorted() {
        let scores = board(&[("Carol", 70), ("Alice", 90), ("Bob", 10)]);
        assert_eq!(qualified_names(&scores, 50), ["Alice", "Carol"]);
    }

    #[test]
    fn a_score_equal_to_the_threshold_qualifies() {
        let scores = board(&[("Alice", 50), ("Bob", 49)]);
        assert_eq!(qualified_names(&scores, 50), ["Alice"]);
    }

    #[test]
    fn the_names_come_back_sorted() {
        let scores: HashMap<String, i32> = (0..64).map(|i| (format!("player{i:03}"), i)).collect();
        let expected: Vec<String> = (0..64).map(|i| format!("player{i:03}")).collect();
        assert_eq!(qualified_names(&scores, 0), expected);
    }

    #[test]
    fn names_come_back_as_written() {
        let scores = board(&[("Émile", 5), ("ЖАННА", 6), ("字", 7)]);
        assert_eq!(qualified_names(&scores, 0), ["Émile", "ЖАННА", "字"]);
    }

    #[test]
    fn extreme_thresholds() {
        let scores = board(&[("Zoë", i32::MAX), ("🦀", i32::MIN)]);
        assert_eq!(qualified_names(&scores, i32::MIN), ["Zoë", "🦀"]);
        assert_eq!(qualified_names(&scores, i32::MAX), ["Zoë"]);
        assert!(qualified_names(&HashMap::new(), 0).is_empty());
    }
}
