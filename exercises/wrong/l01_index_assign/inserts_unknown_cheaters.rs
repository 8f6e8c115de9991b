// Lesson 01, collect the keys first: make it compile. The stub fails with E0594.
//
// Read: lessons/lesson-01/src/lib.rs
// Run:  cargo run -p lesson-01   (from the repository root)
//
// Cheaters lose PENALTY points. `scores[name]` reads a score, so writing through
// it looks natural; rustc disagrees.
//
// Rules:
// - keep the function's signature;
// - a name that is not on the board is ignored: no panic, no new entry;
// - subtract with `saturating_sub` (a score at i32::MIN stays there).
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// The points a cheater loses, once per time they are reported.
const PENALTY: i32 = 10;

/// Takes `PENALTY` points from every reported cheater who is on the board.
fn penalize(scores: &mut HashMap<String, i32>, cheaters: &[&str]) {
    // WRONG: entry().or_insert(0): an unknown name appears on the board at -10
    // CAUGHT BY: tests::an_unknown_name_is_ignored
    for name in cheaters {
        let score = scores.entry((*name).to_owned()).or_insert(0);
        *score = score.saturating_sub(PENALTY);
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
    fn cheaters_lose_points_and_others_do_not() {
        let mut scores = board(&[("Alice", 50), ("Bob", 20)]);
        penalize(&mut scores, &["Bob"]);
        assert_eq!(scores, board(&[("Alice", 50), ("Bob", 10)]));
    }

    #[test]
    fn reported_twice_pays_twice() {
        let mut scores = board(&[("Mallory", 25)]);
        penalize(&mut scores, &["Mallory", "Mallory"]);
        assert_eq!(scores, board(&[("Mallory", 5)]));
    }

    #[test]
    fn an_unknown_name_is_ignored() {
        let mut scores = board(&[("Alice", 50)]);
        penalize(&mut scores, &["Eve", "Алиса", "alice"]);
        assert_eq!(scores, board(&[("Alice", 50)]));
    }

    #[test]
    fn a_score_near_i32_min_saturates() {
        let mut scores = board(&[("字", i32::MIN + 3), ("🦀", i32::MAX)]);
        penalize(&mut scores, &["字", "🦀"]);
        assert_eq!(scores, board(&[("字", i32::MIN), ("🦀", i32::MAX - 10)]));
    }

    #[test]
    fn nobody_reported_changes_nothing() {
        let mut scores = board(&[("Alice", 50)]);
        penalize(&mut scores, &[]);
        assert_eq!(scores, board(&[("Alice", 50)]));
    }
}
