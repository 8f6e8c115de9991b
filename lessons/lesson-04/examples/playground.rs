//! Lesson 04's fix: `retain` removes the zeros and bumps everyone else in one
//! pass, without cloning a key. Run it: `cargo run -p lesson-04 --example playground-04`.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([
        (String::from("Alice"), 0),
        (String::from("Bob"), 5),
        (String::from("Charlie"), 10),
    ]);

    // The closure sees each entry once: the name as `&String`, the score as
    // `&mut i32`. Returning `false` removes the entry; `true` keeps it.
    scores.retain(|_name, score| {
        let played = *score != 0;
        if played {
            *score = score.saturating_add(1);
        }
        played
    });

    // A HashMap iterates in a different order in every run: sort to print.
    let standings: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in &standings {
        println!("{score:>3}  {name}");
    }
    assert_eq!(standings.len(), 2, "Alice scored 0 and left");
}
