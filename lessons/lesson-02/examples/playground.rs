//! Lesson 02's fix: filter the keys before cloning them, so only the matches
//! are copied.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([
        (String::from("VIP_Ada"), 40),
        (String::from("VIP_字"), 12),
        (String::from("Bob"), 20),
        (String::from("vip_Ken"), 30),
    ]);

    // `filter` runs before `cloned()`: a key that fails it is never copied.
    let vips: Vec<String> = scores
        .keys()
        .filter(|name| name.starts_with("VIP_"))
        .cloned()
        .collect();
    println!("{} of the {} names were copied", vips.len(), scores.len());
    for name in vips {
        if let Some(score) = scores.get_mut(&name) {
            *score = score.saturating_add(1);
        }
    }

    // A `HashMap` iterates in a different order in every run: sort to print.
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("{score:>11}  {name}");
    }
}
