// Lesson 03, copied() for Copy keys: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-03/src/lib.rs
// Run:  cargo run -p lesson-03   (from the repository root)
//
// Players are known by a numeric id (`u64`). Everyone on the board earns
// BONUS. The keys were collected, but what was collected are references.
//
// Rules:
// - keep the function's signature;
// - collect owned ids with `copied()` (this exercise runs Clippy strictly,
//   and `cloned()` on `u64` is flagged by clippy::cloned_instead_of_copied);
// - add with `saturating_add`.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// The points every player earns.
const BONUS: i32 = 1;

/// Awards `BONUS` to every player id on the board.
fn reward_ids(scores: &mut HashMap<u64, i32>) {
    // WRONG: `cloned()` on `u64` keys: right result, but rustlings' strict Clippy refuses it
    // CAUGHT BY: clippy::cloned_instead_of_copied
    let ids: Vec<u64> = scores.keys().cloned().collect();
    for id in ids {
        if let Some(score) = scores.get_mut(&id) {
            *score = score.saturating_add(BONUS);
        }
    }
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
    fn every_id_is_bumped_once() {
        let mut scores = ids(&[(7, 10), (42, 20), (0, 0)]);
        reward_ids(&mut scores);
        assert_eq!(scores, ids(&[(7, 11), (42, 21), (0, 1)]));
    }

    #[test]
    fn extreme_ids_work_like_any_other() {
        let mut scores = ids(&[(u64::MAX, -1), (1, 1)]);
        reward_ids(&mut scores);
        assert_eq!(scores, ids(&[(u64::MAX, 0), (1, 2)]));
    }

    #[test]
    fn a_score_at_i32_max_stays_there() {
        let mut scores = ids(&[(1, i32::MAX), (2, i32::MIN)]);
        reward_ids(&mut scores);
        assert_eq!(scores, ids(&[(1, i32::MAX), (2, i32::MIN + 1)]));
    }

    #[test]
    fn an_empty_board_stays_empty() {
        let mut scores = HashMap::new();
        reward_ids(&mut scores);
        assert!(scores.is_empty());
    }
}
