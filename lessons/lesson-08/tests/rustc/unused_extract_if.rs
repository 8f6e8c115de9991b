use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::from([(String::from("Alice"), 3)]);
    scores.extract_if(|_name, score| *score < 10); // removes nothing
    assert_eq!(scores.len(), 1);
}
