use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    let mut drain = scores.drain();
    while let Some(_entry) = drain.next() {}
    assert!(scores.is_empty()); // `drain` is still alive: dropped at the `}`
}
