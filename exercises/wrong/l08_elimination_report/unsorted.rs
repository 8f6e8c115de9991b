// Lesson 08, extract_if: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-08/src/lib.rs
// Run:  cargo run -p lesson-08   (from the repository root)
//
// Players below the threshold are eliminated. Each gets a report line that
// also says how many players remain in the game once the elimination is done.
//
// Rules:
// - keep the function's signature and the `extract_if` call;
// - do not clone the map; count the survivors once the extraction is over;
// - return the lines sorted.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Removes the players whose score is below `threshold` and returns one line
/// per eliminated player, `"<name> (<score>) is out, <n> remain"`, sorted.
fn elimination_report(scores: &mut HashMap<String, i32>, threshold: i32) -> Vec<String> {
    // WRONG: returns the lines in hash order
    // CAUGHT BY: tests::the_lines_come_back_sorted
    let eliminated: Vec<(String, i32)> = scores
        .extract_if(|_name, score| *score < threshold)
        .collect();
    let remaining = scores.len();
    eliminated
        .into_iter()
        .map(|(name, score)| format!("{name} ({score}) is out, {remaining} remain"))
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
    fn eliminated_players_are_reported() {
        let mut scores = board(&[("Bob", 3), ("Alice", 1), ("Carol", 20), ("Dan", 30)]);
        assert_eq!(
            elimination_report(&mut scores, 10),
            ["Alice (1) is out, 2 remain", "Bob (3) is out, 2 remain"]
        );
        assert_eq!(scores, board(&[("Carol", 20), ("Dan", 30)]));
    }

    #[test]
    fn a_score_equal_to_the_threshold_survives() {
        let mut scores = board(&[("Émile", 10), ("字", i32::MIN)]);
        assert_eq!(
            elimination_report(&mut scores, 10),
            ["字 (-2147483648) is out, 1 remain"]
        );
        assert_eq!(scores, board(&[("Émile", 10)]));
    }

    #[test]
    fn the_lines_come_back_sorted() {
        let mut scores: HashMap<String, i32> =
            (0..64).map(|i| (format!("player{i:03}"), i)).collect();
        let expected: Vec<String> = (0..60)
            .map(|i| format!("player{i:03} ({i}) is out, 4 remain"))
            .collect();
        assert_eq!(elimination_report(&mut scores, 60), expected);
    }

    #[test]
    fn nobody_below_the_threshold() {
        let mut scores = board(&[("Zoë", i32::MAX)]);
        assert!(elimination_report(&mut scores, i32::MIN).is_empty());
        assert_eq!(scores, board(&[("Zoë", i32::MAX)]));
    }
}
