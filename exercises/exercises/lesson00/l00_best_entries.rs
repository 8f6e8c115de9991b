// Lesson 00, why the compiler says no: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-00/src/lib.rs
// Run:  cargo run -p lesson-00   (from the repository root)
//
// Every player on the board gets a "<name>_best" entry: their personal best.
// The loop below inserts into `scores` while `scores.iter()` is still walking
// it. An insert may grow the table and move every entry to a new block of
// memory, right under the iterator: rustc refuses to build it.
//
// Rules:
// - keep the function's signature;
// - do not clone the whole map (`scores.clone()`): copy out only what you insert;
// - an existing best that is higher stays; a lower one is raised.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Records every player's current score as their best, in a
/// `"<name>_best"` entry, for the players on the board when the call starts.
fn record_bests(scores: &mut HashMap<String, i32>) {
    // TODO: Split the work in two phases. Read: collect the entries to
    // write into a `Vec`. Write: update the map after the loop is over.
    for (name, score) in scores.iter() {
        let best = scores.entry(format!("{name}_best")).or_insert(*score);
        *best = (*best).max(*score);
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
    fn every_player_gets_a_best_entry() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
        record_bests(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Alice", 10),
                ("Alice_best", 10),
                ("Bob", 20),
                ("Bob_best", 20)
            ])
        );
    }

    #[test]
    fn a_higher_best_is_kept() {
        let mut scores = board(&[("Alice", 10), ("Alice_best", 50)]);
        record_bests(&mut scores);
        assert_eq!(scores["Alice_best"], 50);
        // The existing best entry was on the board too: it gets its own best.
        assert_eq!(scores["Alice_best_best"], 50);
        assert_eq!(scores.len(), 3);
    }

    #[test]
    fn a_lower_best_is_raised() {
        let mut scores = board(&[("Alice", 10), ("Alice_best", 3)]);
        record_bests(&mut scores);
        assert_eq!(scores["Alice_best"], 10);
    }

    #[test]
    fn extreme_scores_and_non_ascii_names() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN)]);
        record_bests(&mut scores);
        assert_eq!(
            scores,
            board(&[
                ("Zoë", i32::MAX),
                ("Zoë_best", i32::MAX),
                ("字", i32::MIN),
                ("字_best", i32::MIN),
            ])
        );
    }

    #[test]
    fn an_empty_board_stays_empty() {
        let mut scores = HashMap::new();
        record_bests(&mut scores);
        assert!(scores.is_empty());
    }
}
