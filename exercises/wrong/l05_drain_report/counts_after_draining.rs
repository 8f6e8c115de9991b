// Lesson 05, drain: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-05/src/lib.rs
// Run:  cargo run -p lesson-05   (from the repository root)
//
// The round ends: every entry moves out of the board into a report line that
// also says how many players took part. The board is reused next round, so it
// must keep its capacity.
//
// Rules:
// - keep the function's signature and the `drain` loop;
// - do not clone the map and do not replace it (`mem::take`): its capacity stays;
// - return the lines sorted.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Empties `scores` (keeping its capacity) and returns one line per player,
/// `"<name>: <score> of <n> players"`, sorted.
fn drain_report(scores: &mut HashMap<String, i32>) -> Vec<String> {
    // WRONG: reads `len()` after the drain: every line says 0 players
    // CAUGHT BY: tests::every_player_is_reported_with_the_round_size
    let drained: Vec<(String, i32)> = scores.drain().collect();
    let mut report = Vec::new();
    for (name, score) in drained {
        report.push(format!("{name}: {score} of {} players", scores.len()));
    }
    report.sort();
    report
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
    fn every_player_is_reported_with_the_round_size() {
        let mut scores = board(&[("Bob", 20), ("Alice", 10), ("Zoë", i32::MAX)]);
        assert_eq!(
            drain_report(&mut scores),
            [
                "Alice: 10 of 3 players",
                "Bob: 20 of 3 players",
                "Zoë: 2147483647 of 3 players",
            ]
        );
    }

    #[test]
    fn the_board_is_empty_and_keeps_its_capacity() {
        let mut scores = board(&[("Alice", 10), ("字", i32::MIN)]);
        let capacity = scores.capacity();
        drain_report(&mut scores);
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity);
    }

    #[test]
    fn the_lines_come_back_sorted() {
        let mut scores: HashMap<String, i32> =
            (0..64).map(|i| (format!("player{i:03}"), i)).collect();
        let expected: Vec<String> = (0..64)
            .map(|i| format!("player{i:03}: {i} of 64 players"))
            .collect();
        assert_eq!(drain_report(&mut scores), expected);
    }

    #[test]
    fn an_empty_board_gives_an_empty_report() {
        let mut scores = HashMap::new();
        assert!(drain_report(&mut scores).is_empty());
    }
}
