// Lesson 07, values_mut and iter_mut: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-07/src/lib.rs
// Run:  cargo run -p lesson-07   (from the repository root)
//
// Crowd bonus: every player earns as many points as there are players on the
// board. The loop reads the board's size while `values_mut` holds it.
//
// Rules:
// - keep the function's signature and the `values_mut` loop;
// - no key vector, no clone of the map;
// - add with `saturating_add`.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Adds the number of players on the board to every score.
fn crowd_bonus(scores: &mut HashMap<String, i32>) {
    let players = i32::try_from(scores.len()).unwrap_or(i32::MAX);
    for score in scores.values_mut() {
        *score = score.saturating_add(players);
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
    fn everyone_earns_the_crowd_size() {
        let mut scores = board(&[("Alice", 10), ("Bob", 0), ("Ёжик", -3)]);
        crowd_bonus(&mut scores);
        assert_eq!(scores, board(&[("Alice", 13), ("Bob", 3), ("Ёжик", 0)]));
    }

    #[test]
    fn a_single_player_earns_one() {
        let mut scores = board(&[("字", i32::MIN)]);
        crowd_bonus(&mut scores);
        assert_eq!(scores, board(&[("字", i32::MIN + 1)]));
    }

    #[test]
    fn a_score_at_i32_max_stays_there() {
        let mut scores = board(&[("Zoë", i32::MAX), ("🦀", i32::MAX - 1)]);
        crowd_bonus(&mut scores);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("🦀", i32::MAX)]));
    }

    #[test]
    fn an_empty_board_stays_empty() {
        let mut scores = HashMap::new();
        crowd_bonus(&mut scores);
        assert!(scores.is_empty());
    }
}
