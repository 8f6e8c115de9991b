// Lesson 06, the entry API: make it compile. The stub fails with E0308.
//
// Read: lessons/lesson-06/src/lib.rs
// Run:  cargo run -p lesson-06   (from the repository root)
//
// The simplest entry-API update: add points to a player, creating them at 0.
// It reads well and does not compile: look at what `entry` takes.
//
// Rules:
// - keep the function's signature (the player comes in as `&str`);
// - one lookup with the entry API;
// - add with `saturating_add`.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Adds `points` to `player`'s score; a new player starts at 0.
fn add_points(scores: &mut HashMap<String, i32>, player: &str, points: i32) {
    // TODO: `entry` takes the key by value, as the map's key type: on a miss
    // the map stores it. Give it what it asks for.
    let score = scores.entry(player).or_insert(0);
    *score = score.saturating_add(points);
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
    fn a_new_player_is_created() {
        let mut scores = HashMap::new();
        add_points(&mut scores, "Émile", 3);
        assert_eq!(scores, board(&[("Émile", 3)]));
    }

    #[test]
    fn an_existing_player_adds_up() {
        let mut scores = board(&[("Alice", 10)]);
        add_points(&mut scores, "Alice", 5);
        add_points(&mut scores, "Alice", -20);
        assert_eq!(scores, board(&[("Alice", -5)]));
    }

    #[test]
    fn saturates_at_both_ends() {
        let mut scores = board(&[("Zoë", i32::MAX), ("字", i32::MIN + 1)]);
        add_points(&mut scores, "Zoë", 1);
        add_points(&mut scores, "字", -2);
        assert_eq!(scores, board(&[("Zoë", i32::MAX), ("字", i32::MIN)]));
    }
}
