//! Lesson 10's playground: a `RefCell` checks the borrow rule at run time.
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

fn main() {
    let scores: RefCell<HashMap<String, i32>> = RefCell::new(HashMap::from([
        (String::from("Alice"), 10),
        (String::from("Bob"), 20),
    ]));

    {
        let reading = scores.borrow(); // a shared borrow, alive until `}`
        match scores.try_borrow_mut() {
            Ok(_) => println!("borrow_mut granted"),
            Err(refused) => println!("borrow_mut while reading: {refused}"),
        }
        println!("players: {}", reading.len());
    }

    // The fix: one exclusive borrow for the whole job.
    for score in scores.borrow_mut().values_mut() {
        *score = score.saturating_add(1);
    }

    let sorted: BTreeMap<String, i32> = scores.take().into_iter().collect();
    println!("{sorted:?}"); // {"Alice": 11, "Bob": 21}
}
