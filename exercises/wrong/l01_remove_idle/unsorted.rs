// Lesson 01, collect the keys first: implement `remove_idle`.
//
// Read: lessons/lesson-01/src/lib.rs
// Run:  cargo run -p lesson-01   (from the repository root)
//
// Players whose score is exactly 0 were idle this round: remove them from the
// board and return their names, sorted, for the "see you next time" list.
//
// Rules:
// - keep the function's signature;
// - return the names sorted (a `HashMap` iterates in a different order in every run);
// - every other player keeps their score.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Removes every player whose score is exactly 0 and returns their names,
/// sorted.
fn remove_idle(scores: &mut HashMap<String, i32>) -> Vec<String> {
    // WRONG: returns the names in hash order
    // CAUGHT BY: tests::the_names_come_back_sorted
    let names: Vec<String> = scores.keys().cloned().collect();
    let mut idle = Vec::new();
    for name in names {
        if scores.get(&name) == Some(&0) {
            scores.remove(&name);
            idle.push(name);
        }
    }
    idle
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
    fn many_players(count: usize) -> HashMap<String, i32> {
        (0..count).map(|i| (format!("player{i:03}"), 0)).collect()
    }

    #[test]
    fn idle_players_leave_and_are_listed() {
        let mut scores = board(&[("Bob", 0), ("Alice", 0), ("Charlie", 10)]);
        assert_eq!(remove_idle(&mut scores), ["Alice", "Bob"]);
        assert_eq!(scores, board(&[("Charlie", 10)]));
    }

    #[test]
    fn the_names_come_back_sorted() {
        let mut scores = many_players(64);
        let mut expected: Vec<String> = scores.keys().cloned().collect();
        expected.sort();
        assert_eq!(remove_idle(&mut scores), expected);
        assert!(scores.is_empty());
    }

    #[test]
    fn negative_scores_are_not_idle() {
        let mut scores = board(&[("Неудачник", -1), ("字", i32::MIN), ("Zoë", i32::MAX)]);
        assert!(remove_idle(&mut scores).is_empty());
        assert_eq!(scores.len(), 3);
    }

    #[test]
    fn an_empty_board_has_nobody_idle() {
        let mut scores = HashMap::new();
        assert!(remove_idle(&mut scores).is_empty());
    }
}
