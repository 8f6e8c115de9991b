// Explained in lessons/lesson-02 (filter before you collect): without `cloned()`
// the filtered `Vec<&String>` still borrows the map, so `get_mut` cannot borrow
// it mutably. The `filter` is not the problem. Fix: `.cloned()` before `.collect()`.
use std::collections::HashMap;

const VIP_PREFIX: &str = "VIP_";

fn award_vip_bonus(scores: &mut HashMap<String, i32>) {
    let keys: Vec<_> = scores.keys().filter(|k| k.starts_with(VIP_PREFIX)).collect();
    for key in keys {
        if let Some(score) = scores.get_mut(key) {
            *score = score.saturating_add(1);
        }
    }
}

fn main() {
    let mut scores = HashMap::from([(String::from("VIP_Ada"), 10), (String::from("Bob"), 20)]);
    award_vip_bonus(&mut scores);
}
