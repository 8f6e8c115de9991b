// Explained in lessons/lesson-06 (entry API), "NLL problem case #3": returning
// the `get_mut` borrow on one path keeps the map borrowed for `'a` on the other
// path too. Compiles under Polonius (nightly, `-Zpolonius=next`); on stable, use `entry`.
use std::collections::HashMap;

fn get_or_insert<'a>(map: &'a mut HashMap<String, i32>, key: &str) -> &'a mut i32 {
    if let Some(v) = map.get_mut(key) {
        return v;
    }
    map.insert(key.to_owned(), 0);
    map.get_mut(key).unwrap()
}

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    println!("Bob starts at {}", get_or_insert(&mut scores, "Bob"));
}
