// Explained in lessons/lesson-08 (extract_if), "Why it works": the `ExtractIf`
// iterator holds a mutable borrow of the map until its last use, so the map
// cannot even be read (`len`) between two calls to `next`. Fix: finish with the
// iterator (or drop it) first, then look at the map.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> =
        HashMap::from([(String::from("Alice"), 3), (String::from("Bob"), 20)]);
    let mut eliminated = scores.extract_if(|_name, score| *score < 10);
    let first = eliminated.next();
    println!("{} players left", scores.len());
    let second = eliminated.next();
    println!("{first:?} {second:?}");
}
