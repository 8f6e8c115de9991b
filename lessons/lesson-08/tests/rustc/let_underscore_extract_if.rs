use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 3)]);
    let _ = scores.extract_if(|_name, score| *score < 10); // no warning, and still removes nothing
    assert_eq!(scores.len(), 1);
}
