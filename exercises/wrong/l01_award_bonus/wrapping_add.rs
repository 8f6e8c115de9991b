// Lesson 01, collect the keys first: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-01/src/lib.rs
// Run:  cargo run -p lesson-01   (from the repository root)
//
// The round is over and every player on the board earns BONUS points. This is
// the loop everybody writes first: walk the map, bump each score through
// `get_mut`. rustc refuses it.
//
// Rules:
// - keep the function's signature;
// - do not clone the whole map; collect only the keys;
// - add with `saturating_add` (a score at i32::MAX stays there).
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// The points every player earns at the end of a round.
const BONUS: i32 = 1;

/// Awards `BONUS` to every player on the board.
fn award_bonus(scores: &mut HashMap<String, i32>) {
    // WRONG: `wrapping_add`: the champion falls to i32::MIN
    // CAUGHT BY: tests::a_score_at_i32_max_stays_there
    let names: Vec<String> = scores.keys().cloned().collect();
    for name in names {
        if let Some(score) = scores.get_mut(&name) {
            *score = score.wrapping_add(BONUS);
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
    fn every_player_is_bumped_once() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
        award_bonus(&mut scores);
        assert_eq!(scores, board(&[("Alice", 11), ("Bob", 21)]));
    }

    #[test]
    fn a_zero_score_is_bumped_too() {
        let mut scores = board(&[("Émile", 0), ("Неудачник", -1)]);
        award_bonus(&mut scores);
        assert_eq!(scores, board(&[("Émile", 1), ("Неудачник", 0)]));
    }

    #[test]
    fn a_score_at_i32_max_stays_there() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN)]);
        award_bonus(&mut scores);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("字", i32::MIN + 1)]));
    }

    #[test]
    fn an_empty_board_stays_empty() {
        let mut scores = HashMap::new();
        award_bonus(&mut scores);
        assert!(scores.is_empty());
    }
}
