// Lesson 03, copied() for Copy keys: implement `ids_to_promote`.
//
// Read: lessons/lesson-03/src/lib.rs
// Run:  cargo run -p lesson-03   (from the repository root)
//
// Every id whose score reached the threshold moves up a league. Return those
// ids in ascending order.
//
// Rules:
// - keep the function's signature;
// - a score equal to the threshold counts;
// - return the ids sorted ascending; use `copied()` (strict Clippy).
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Returns the ids whose score is at least `threshold`, ascending.
fn ids_to_promote(scores: &HashMap<u64, i32>, threshold: i32) -> Vec<u64> {
    let mut promoted: Vec<u64> = scores
        .iter()
        .filter(|&(_, score)| *score >= threshold)
        .map(|(id, _)| id)
        .copied()
        .collect();
    promoted.sort_unstable();
    promoted
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(entries: &[(u64, i32)]) -> HashMap<u64, i32> {
        entries.iter().copied().collect()
    }

    #[test]
    fn ids_at_or_above_the_threshold() {
        let scores = ids(&[(3, 50), (1, 10), (2, 90)]);
        assert_eq!(ids_to_promote(&scores, 40), [2, 3]);
    }

    #[test]
    fn a_score_equal_to_the_threshold_counts() {
        let scores = ids(&[(5, 40), (6, 39)]);
        assert_eq!(ids_to_promote(&scores, 40), [5]);
    }

    #[test]
    fn the_ids_come_back_ascending() {
        let scores: HashMap<u64, i32> = (0..64).map(|id| (id * 1_000_003, 1)).collect();
        let expected: Vec<u64> = (0..64).map(|id| id * 1_000_003).collect();
        assert_eq!(ids_to_promote(&scores, 1), expected);
    }

    #[test]
    fn extreme_thresholds() {
        let scores = ids(&[(u64::MAX, i32::MIN), (0, i32::MAX)]);
        assert_eq!(ids_to_promote(&scores, i32::MIN), [0, u64::MAX]);
        assert_eq!(ids_to_promote(&scores, i32::MAX), [0]);
    }

    #[test]
    fn an_empty_board_promotes_nobody() {
        assert!(ids_to_promote(&HashMap::new(), 0).is_empty());
    }
}
