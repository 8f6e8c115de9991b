//! Lesson 00, the story: `cargo run -p lesson-00`.
//!
//! A small leaderboard grows until its table is reallocated, then a big board
//! that players have left sees its capacity jump with no new table, and the
//! story reports what changed each time. It never prints an address (those differ in every
//! process), only comparisons between addresses taken in the same run, and
//! it prints the board sorted by name (a `HashMap` iterates in a different
//! order in every process).
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_00::{
    add_guest, churn_until_capacity_jumps, fill_to_capacity, insert_until_capacity_changes,
    reused_by_new_allocation, value_address,
};

/// Prints the board, one player a line, in name order (the name last, so
/// that names of any width, such as 字, leave the columns straight).
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

/// Prints the map's size and capacity.
fn sizes(scores: &HashMap<String, i32>) {
    println!("len {}, capacity {}", scores.len(), scores.capacity());
}

fn yes_no(answer: bool) -> &'static str {
    if answer { "yes" } else { "no" }
}

fn main() {
    println!("== A small leaderboard ==");
    let mut scores = HashMap::from([
        (String::from("Alice"), 10),
        (String::from("Bob"), 20),
        (String::from("Charlie"), 30),
        (String::from("Dana"), 40),
    ]);
    show("the board:", &scores);
    sizes(&scores);

    println!();
    println!("== Guests join one by one until the table grows ==");
    let alice_before = value_address(&scores, "Alice").expect("Alice is on the board");
    let capacity_before = scores.capacity();
    while scores.capacity() == capacity_before {
        let guest = add_guest(&mut scores);
        print!("{guest} joins: ");
        sizes(&scores);
    }
    // Ask the allocator for fresh memory soon after the resize, before the
    // program makes other allocations that could take the block the map gave
    // back.
    let old_block_reused = reused_by_new_allocation(alice_before, 1024);
    let alice_after = value_address(&scores, "Alice").expect("guests never replace a player");
    println!(
        "capacity grew from {capacity_before} to {}",
        scores.capacity()
    );
    println!("Alice's score is still {}", scores["Alice"]);
    println!(
        "Alice's score now lives at a different address: {}",
        yes_no(alice_after != alice_before)
    );
    println!(
        "a new allocation was handed the memory where it used to live: {}",
        yes_no(old_block_reused)
    );
    if old_block_reused {
        println!("so the old table was freed, and its memory now belongs to someone else");
    }

    println!();
    println!("== Guests who still fit move nothing ==");
    let growth = fill_to_capacity(&mut scores, "Alice").expect("Alice is on the board");
    print!("{} more guests joined: ", growth.inserted);
    sizes(&scores);
    println!(
        "Alice's score now lives at a different address: {}",
        yes_no(growth.value_moved)
    );

    println!();
    println!("== One guest more than fits ==");
    let growth =
        insert_until_capacity_changes(&mut scores, "Alice").expect("Alice is on the board");
    println!(
        "{} guest joined: capacity grew from {} to {}",
        growth.inserted, growth.capacity_before, growth.capacity_after
    );
    println!(
        "Alice's score now lives at a different address: {}",
        yes_no(growth.value_moved)
    );
    println!("Alice's score is still {}", scores["Alice"]);
    sizes(&scores);

    println!();
    println!("== Players leave, guests come and go: capacity jumps in place ==");
    let mut scores: HashMap<String, i32> = HashMap::with_capacity(896);
    for n in 1..=896 {
        scores.insert(format!("player {n}"), n);
    }
    print!("a full board: ");
    sizes(&scores);
    for n in 1..=456 {
        scores.remove(&format!("player {n}"));
    }
    println!("players 1 to 456 leave: len {}", scores.len());
    println!("then guests visit one at a time, each leaving before the next arrives");
    let jump = churn_until_capacity_jumps(&mut scores, 200_000)
        .expect("Rust 1.95's HashMap rehashes in place within a few thousand visits");
    println!(
        "one guest made the capacity jump from {} to {}",
        jump.capacity_before, jump.capacity_after
    );
    if jump.same_table() {
        println!("no new table: some scores are still at their exact old address");
    } else {
        println!("a new table: no score is where it was");
    }
    println!(
        "a loop would now visit the players in another order, so some scores moved: {}",
        yes_no(jump.order_changed())
    );

    println!();
    println!("== Why the compiler says no ==");
    println!("A loop over the board holds a position inside the table.");
    println!("Had the loop inserted those guests, the table would have moved under it,");
    println!("and its next step would have read freed memory; had it caught a rehash in place,");
    println!("it could have skipped some players or met others twice.");
    println!("Rust does not let it come to that: inserting inside a loop that borrows the map");
    println!("is error E0502 (compile_fail/insert_inside_keys_loop.rs). So is `get_mut`");
    println!("(compile_fail/get_mut_inside_iter_loop.rs), although it never grows the table:");
    println!("the compiler checks borrows, `&` against `&mut`, not what a method does inside.");
}
