// Lesson 04, retain: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-04/src/lib.rs
// Run:  cargo run -p lesson-04   (from the repository root)
//
// Only players within MARGIN points of the best score stay for the final.
// The closure given to `retain` looks the best score up in `scores`... while
// `retain` is busy changing `scores`.
//
// Rules:
// - keep the function's signature and the `retain` call;
// - do not collect the keys and do not clone the map;
// - compute the cut-off with `saturating_sub` (no overflow near i32::MIN).
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// How far below the best score a player may be and still stay.
const MARGIN: i32 = 10;

/// Keeps the players whose score is at least the best score minus `MARGIN`.
fn keep_near_best(scores: &mut HashMap<String, i32>) {
    // WRONG: `best - MARGIN` panics when the best score is near i32::MIN
    // CAUGHT BY: tests::a_best_near_i32_min_does_not_overflow
    let best = scores.values().copied().max().unwrap_or(i32::MIN);
    let cut_off = best - MARGIN;
    scores.retain(|_name, score| *score >= cut_off);
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
    fn only_players_near_the_best_stay() {
        let mut scores = board(&[("Alice", 100), ("Bob", 95), ("Carol", 50)]);
        keep_near_best(&mut scores);
        assert_eq!(scores, board(&[("Alice", 100), ("Bob", 95)]));
    }

    #[test]
    fn exactly_margin_below_stays() {
        let mut scores = board(&[("Alice", 100), ("Bob", 90), ("Carol", 89)]);
        keep_near_best(&mut scores);
        assert_eq!(scores, board(&[("Alice", 100), ("Bob", 90)]));
    }

    #[test]
    fn a_best_near_i32_min_does_not_overflow() {
        let mut scores = board(&[("字", i32::MIN + 3), ("Ж", i32::MIN)]);
        keep_near_best(&mut scores);
        assert_eq!(scores, board(&[("字", i32::MIN + 3), ("Ж", i32::MIN)]));
    }

    #[test]
    fn a_best_at_i32_max() {
        let mut scores = board(&[("Zoë", i32::MAX), ("🦀", i32::MAX - 10), ("Bob", 0)]);
        keep_near_best(&mut scores);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("🦀", i32::MAX - 10)]));
    }

    #[test]
    fn one_player_and_no_player() {
        let mut scores = board(&[("Alice", -5)]);
        keep_near_best(&mut scores);
        assert_eq!(scores, board(&[("Alice", -5)]));
        let mut empty = HashMap::new();
        keep_near_best(&mut empty);
        assert!(empty.is_empty());
    }
}
