//! Lesson 00's central observation: when a `HashMap` grows, its entries move.
use std::collections::HashMap;

/// Where `name`'s score lives, as a plain number: taking an address is safe.
fn address(scores: &HashMap<String, i32>, name: &str) -> usize {
    std::ptr::from_ref(&scores[name]).addr()
}

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
    let before = address(&scores, "Alice");
    let capacity = scores.capacity();

    // Guests who still fit take free slots: nothing moves.
    while scores.len() < capacity {
        let seat = scores.len();
        scores.insert(format!("guest {seat}"), 0);
    }
    let moved = address(&scores, "Alice") != before;
    println!(
        "{} players, capacity {capacity}: Alice moved: {moved}",
        scores.len()
    );

    // One guest too many: the map moves every entry into a bigger table.
    scores.insert(String::from("one too many"), 0);
    let moved = address(&scores, "Alice") != before;
    println!(
        "{} players, capacity {}: Alice moved: {moved}",
        scores.len(),
        scores.capacity()
    );
    println!("Alice's score is still {}", scores["Alice"]);
}
