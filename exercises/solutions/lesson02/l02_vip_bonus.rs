// Lesson 02, filter the keys before collecting: make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-02/src/lib.rs
// Run:  cargo run -p lesson-02   (from the repository root)
//
// Only VIP players (names starting with "VIP_", exactly, capitals included)
// earn the bonus. The filter is right; the loop still holds the map.
//
// Rules:
// - keep the function's signature;
// - filter before you collect: clone only the VIP names, not every key;
// - add with `saturating_add`.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// The prefix that marks a VIP player. Case-sensitive.
const VIP_PREFIX: &str = "VIP_";

/// The points every VIP earns.
const BONUS: i32 = 1;

/// Awards `BONUS` to every player whose name starts with `VIP_PREFIX`.
fn award_vip_bonus(scores: &mut HashMap<String, i32>) {
    let vips: Vec<String> = scores
        .keys()
        .filter(|name| name.starts_with(VIP_PREFIX))
        .cloned()
        .collect();
    for name in vips {
        if let Some(score) = scores.get_mut(&name) {
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

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries
            .iter()
            .map(|&(name, score)| (name.to_owned(), score))
            .collect()
    }

    #[test]
    fn only_vips_earn_the_bonus() {
        let mut scores = board(&[("VIP_Alice", 10), ("Bob", 20), ("VIP_Жанна", -1)]);
        award_vip_bonus(&mut scores);
        assert_eq!(
            scores,
            board(&[("VIP_Alice", 11), ("Bob", 20), ("VIP_Жанна", 0)])
        );
    }

    #[test]
    fn the_prefix_is_case_sensitive() {
        let mut scores = board(&[("vip_bob", 1), ("Vip_Carol", 2), ("VIP_Dan", 3)]);
        award_vip_bonus(&mut scores);
        assert_eq!(
            scores,
            board(&[("vip_bob", 1), ("Vip_Carol", 2), ("VIP_Dan", 4)])
        );
    }

    #[test]
    fn the_prefix_must_be_at_the_start() {
        let mut scores = board(&[("Bob_VIP_", 1), ("VIPBob", 2), ("VIP_", 3)]);
        award_vip_bonus(&mut scores);
        assert_eq!(
            scores,
            board(&[("Bob_VIP_", 1), ("VIPBob", 2), ("VIP_", 4)])
        );
    }

    #[test]
    fn a_vip_at_i32_max_stays_there() {
        let mut scores = board(&[("VIP_Zoë", i32::MAX), ("VIP_字", i32::MIN)]);
        award_vip_bonus(&mut scores);
        assert_eq!(
            scores,
            board(&[("VIP_Zoë", i32::MAX), ("VIP_字", i32::MIN + 1)])
        );
    }

    #[test]
    fn no_vips_changes_nothing() {
        let mut scores = board(&[("Alice", 10)]);
        award_vip_bonus(&mut scores);
        assert_eq!(scores, board(&[("Alice", 10)]));
    }
}
