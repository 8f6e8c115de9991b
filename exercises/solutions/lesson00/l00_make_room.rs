// Lesson 00, a map moves its entries when it grows: implement `make_room`.
//
// Read: lessons/lesson-00/src/lib.rs
// Run:  cargo run -p lesson-00   (from the repository root)
//
// When an insert finds the table full, the map allocates a bigger table and
// moves every entry into it. Before a batch of inserts you can ask for all the
// room at once, so that none of the inserts has to move anything.
//
// Rules:
// - keep the function's signature;
// - keep every player and every score.
//
// Once it compiles, the tests check what it does. Stuck? `rustlings hint`.

use std::collections::HashMap;

/// Makes sure that `newcomers` more players can be inserted into `scores`
/// without the table having to grow.
fn make_room(scores: &mut HashMap<String, i32>, newcomers: usize) {
    scores.reserve(newcomers);
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
    fn many_players(count: usize) -> HashMap<String, i32> {
        (0..count).map(|i| (format!("player{i:03}"), 0)).collect()
    }

    #[test]
    fn room_for_every_newcomer() {
        let mut scores = many_players(10);
        make_room(&mut scores, 100);
        assert!(scores.capacity() >= 110, "capacity {}", scores.capacity());
    }

    #[test]
    fn inserting_the_newcomers_does_not_grow_the_table() {
        let mut scores = many_players(10);
        make_room(&mut scores, 10);
        let capacity = scores.capacity();
        for i in 0..10 {
            scores.insert(format!("newcomer{i}"), 0);
        }
        assert_eq!(scores.len(), 20);
        assert_eq!(scores.capacity(), capacity, "the table had to grow");
    }

    #[test]
    fn players_and_scores_are_kept() {
        let mut scores = board(&[("Alice", 10), ("Zoë", i32::MAX), ("Ж", i32::MIN)]);
        make_room(&mut scores, 50);
        assert_eq!(
            scores,
            board(&[("Alice", 10), ("Zoë", i32::MAX), ("Ж", i32::MIN)])
        );
    }

    #[test]
    fn room_on_an_empty_board() {
        let mut scores = HashMap::new();
        make_room(&mut scores, 3);
        assert!(scores.is_empty());
        assert!(scores.capacity() >= 3);
    }

    #[test]
    fn no_newcomers_changes_nothing() {
        let mut scores = board(&[("Alice", 10)]);
        make_room(&mut scores, 0);
        assert_eq!(scores, board(&[("Alice", 10)]));
    }
}
