// Lesson 02, filter the keys before collecting: implement `keys_with_prefix`.
//
// Read: lessons/lesson-02/src/lib.rs
// Run:  cargo run -p lesson-02   (from the repository root)
//
// The admin page lists every player whose name starts with a given prefix, in
// name order.
//
// Rules:
// - keep the function's signature;
// - the match is case-sensitive and at the start of the name;
// - return the names sorted, with the prefix still on them.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Returns the names that start with `prefix` (case-sensitive), sorted.
/// The empty prefix matches every name.
fn keys_with_prefix(scores: &HashMap<String, i32>, prefix: &str) -> Vec<String> {
    // TODO: keys, filter, clone, collect, sort.
    todo!()
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
    fn vip_names_sorted() {
        let scores = board(&[("VIP_Bob", 1), ("Carol", 2), ("VIP_Alice", 3)]);
        assert_eq!(keys_with_prefix(&scores, "VIP_"), ["VIP_Alice", "VIP_Bob"]);
    }

    #[test]
    fn the_names_come_back_sorted() {
        let scores: HashMap<String, i32> = (0..64).map(|i| (format!("VIP_{i:03}"), i)).collect();
        let expected: Vec<String> = (0..64).map(|i| format!("VIP_{i:03}")).collect();
        assert_eq!(keys_with_prefix(&scores, "VIP_"), expected);
    }

    #[test]
    fn the_match_is_case_sensitive() {
        let scores = board(&[("vip_bob", 1), ("VIP_Dan", 3), ("Ärger", 0)]);
        assert_eq!(keys_with_prefix(&scores, "VIP_"), ["VIP_Dan"]);
        assert!(keys_with_prefix(&scores, "ä").is_empty());
    }

    #[test]
    fn the_prefix_must_be_at_the_start() {
        let scores = board(&[("Bob_VIP_", 1), ("字字", 2), ("a字", 3)]);
        assert!(keys_with_prefix(&scores, "VIP_").is_empty());
        assert_eq!(keys_with_prefix(&scores, "字"), ["字字"]);
    }

    #[test]
    fn the_empty_prefix_matches_everyone() {
        let scores = board(&[("b", 1), ("a", 2), ("🦀", i32::MAX)]);
        assert_eq!(keys_with_prefix(&scores, ""), ["a", "b", "🦀"]);
    }

    #[test]
    fn an_empty_board_has_no_match() {
        assert!(keys_with_prefix(&HashMap::new(), "VIP_").is_empty());
    }
}
