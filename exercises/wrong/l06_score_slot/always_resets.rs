// Lesson 06, the entry API: make it compile. The stub fails with E0499.
//
// Read: lessons/lesson-06/src/lib.rs
// Run:  cargo run -p lesson-06   (from the repository root)
//
// `score_slot` hands out a player's score to write to, creating the player
// (with WELCOME points) if needed. Found on the first lookup, the reference is
// returned; otherwise the player is inserted. Sound, yet rejected on stable
// Rust: this is NLL "problem case #3".
//
// Rules:
// - keep the function's signature (it returns `&mut i32`);
// - one lookup: do not look the key up again after inserting;
// - an existing player keeps their score.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// The points a new player starts with.
const WELCOME: i32 = 10;

/// Returns the player's score to write to; a new player is inserted first,
/// with `WELCOME` points.
fn score_slot<'a>(scores: &'a mut HashMap<String, i32>, name: &str) -> &'a mut i32 {
    // WRONG: inserts unconditionally: an existing player's score is reset
    // CAUGHT BY: tests::an_existing_player_keeps_their_score
    scores.insert(name.to_owned(), WELCOME);
    scores.entry(name.to_owned()).or_insert(WELCOME)
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
    fn a_new_player_starts_with_the_welcome_points() {
        let mut scores = board(&[("Alice", 50)]);
        assert_eq!(*score_slot(&mut scores, "Ёжик"), WELCOME);
        assert_eq!(scores, board(&[("Alice", 50), ("Ёжик", WELCOME)]));
    }

    #[test]
    fn an_existing_player_keeps_their_score() {
        let mut scores = board(&[("Alice", 50), ("Zoë", i32::MAX)]);
        assert_eq!(*score_slot(&mut scores, "Alice"), 50);
        assert_eq!(*score_slot(&mut scores, "Zoë"), i32::MAX);
        assert_eq!(scores.len(), 2);
    }

    #[test]
    fn writes_go_to_the_map() {
        let mut scores = HashMap::new();
        let slot = score_slot(&mut scores, "字");
        *slot = slot.saturating_add(5);
        let slot = score_slot(&mut scores, "字");
        *slot = slot.saturating_add(i32::MAX);
        assert_eq!(scores, board(&[("字", i32::MAX)]));
    }
}
