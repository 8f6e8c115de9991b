// Lesson 05, drain: implement `end_round`.
//
// Read: lessons/lesson-05/src/lib.rs
// Run:  cargo run -p lesson-05   (from the repository root)
//
// At the end of a round, move every entry out of the board into the round's
// standings, sorted by name. The board stays, empty, with its allocation, for
// the next round.
//
// Rules:
// - keep the function's signature;
// - the board keeps its capacity (no `mem::take`, no new map);
// - the standings are sorted by name.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Moves every entry out of `scores` and returns them sorted by name.
/// `scores` is left empty with its capacity unchanged.
fn end_round(scores: &mut HashMap<String, i32>) -> Vec<(String, i32)> {
    let mut standings: Vec<(String, i32)> = scores.drain().collect();
    standings.sort();
    standings
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

    fn standings(entries: &[(&str, i32)]) -> Vec<(String, i32)> {
        entries
            .iter()
            .map(|&(name, score)| (name.to_owned(), score))
            .collect()
    }

    #[test]
    fn the_standings_are_sorted_by_name() {
        let mut scores = board(&[("Charlie", 10), ("Alice", 0), ("Bob", 50)]);
        assert_eq!(
            end_round(&mut scores),
            standings(&[("Alice", 0), ("Bob", 50), ("Charlie", 10)])
        );
    }

    #[test]
    fn many_players_come_back_in_name_order() {
        let mut scores: HashMap<String, i32> =
            (0..64).map(|i| (format!("player{i:03}"), 0)).collect();
        let names: Vec<String> = end_round(&mut scores)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        let expected: Vec<String> = (0..64).map(|i| format!("player{i:03}")).collect();
        assert_eq!(names, expected);
    }

    #[test]
    fn the_board_is_empty_and_keeps_its_capacity() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN), ("🦀", 0)]);
        let capacity = scores.capacity();
        end_round(&mut scores);
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity);
    }

    #[test]
    fn extreme_scores_arrive_unchanged() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN)]);
        assert_eq!(
            end_round(&mut scores),
            standings(&[("Zoë", i32::MAX), ("字", i32::MIN)])
        );
    }

    #[test]
    fn an_empty_board_gives_empty_standings() {
        let mut scores = HashMap::new();
        assert!(end_round(&mut scores).is_empty());
    }
}
