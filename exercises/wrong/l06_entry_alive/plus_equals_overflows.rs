// Lesson 06, the entry API: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-06/src/lib.rs
// Run:  cargo run -p lesson-06   (from the repository root)
//
// A player joins (or scores again) and the lobby wants to know how many
// players were on the board before. The entry was taken first, then the map was
// read: rustc refuses.
//
// Rules:
// - keep the function's signature and the entry API (one lookup);
// - return the number of players *before* the call;
// - add with `saturating_add`; a new player starts at 0.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Adds `points` to `player` (a new player starts at 0) and returns how
/// many players were on the board before the call.
fn join_and_count(scores: &mut HashMap<String, i32>, player: &str, points: i32) -> usize {
    // WRONG: `*score += points` panics at i32::MAX
    // CAUGHT BY: tests::saturates_at_i32_max
    let before = scores.len();
    *scores.entry(player.to_owned()).or_insert(0) += points;
    before
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
    fn a_newcomer_is_not_counted() {
        let mut scores = board(&[("Alice", 10)]);
        assert_eq!(join_and_count(&mut scores, "Ёжик", 5), 1);
        assert_eq!(scores, board(&[("Alice", 10), ("Ёжик", 5)]));
    }

    #[test]
    fn a_returning_player_adds_up() {
        let mut scores = board(&[("Alice", 10), ("Bob", 1)]);
        assert_eq!(join_and_count(&mut scores, "Alice", -15), 2);
        assert_eq!(scores, board(&[("Alice", -5), ("Bob", 1)]));
    }

    #[test]
    fn saturates_at_i32_max() {
        let mut scores = board(&[("Zoë", i32::MAX - 1)]);
        assert_eq!(join_and_count(&mut scores, "Zoë", 5), 1);
        assert_eq!(scores, board(&[("Zoë", i32::MAX)]));
    }

    #[test]
    fn the_first_player_joins_an_empty_board() {
        let mut scores = HashMap::new();
        assert_eq!(join_and_count(&mut scores, "字", 0), 0);
        assert_eq!(scores, board(&[("字", 0)]));
    }
}
