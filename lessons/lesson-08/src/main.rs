//! Lesson 08, the story: `cargo run -p lesson-08`.
//!
//! Every step prints the leaderboard sorted by name: a `HashMap` iterates in
//! a different order in every process, so it is copied into a `BTreeMap`
//! (which iterates in key order) before printing. The lists of removed
//! players come back from the lesson's functions already sorted by name.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_08::{cleanup_scores, eliminate_below};

/// Prints the board, one player a line, in name order: the score right-aligned
/// first, the name last, so that no column depends on how wide a name is
/// (字 or Дмитрий take more or fewer columns than their `char` count says).
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

/// Prints a list of removed players, in the order given (sorted by name).
fn show_removed(title: &str, removed: &[(String, i32)]) {
    println!("{title}");
    if removed.is_empty() {
        println!("  (nobody)");
    }
    for (name, score) in removed {
        println!("  {score:>11}  {name}");
    }
}

/// The board at the end of the qualifying round.
fn qualifying_board() -> HashMap<String, i32> {
    HashMap::from([
        (String::from("Alice"), 10),
        (String::from("Bob"), 20),
        (String::from("Carol"), 15),
        (String::from("Dmitri"), 4),
        (String::from("Жанна"), 31),
        (String::from("字"), -2),
        (String::from("Zoë"), i32::MAX),
    ])
}

fn main() {
    const CUT: i32 = 15;
    println!("== End of the qualifying round: scores below {CUT} are eliminated ==");
    let mut scores = qualifying_board();
    show("the board:", &scores);
    let eliminated = eliminate_below(&mut scores, CUT);
    show(
        &format!("after eliminate_below({CUT}) (Carol, at exactly {CUT}, stays):"),
        &scores,
    );
    show_removed("eliminated, handed back by extract_if:", &eliminated);

    println!();
    println!("== Lesson 01's cleanup in one pass: zeros leave, the rest earn a point ==");
    let mut scores = HashMap::from([
        (String::from("Alice"), 0),
        (String::from("Bob"), 5),
        (String::from("Charlie"), 10),
    ]);
    show("before cleanup_scores:", &scores);
    let removed = cleanup_scores(&mut scores);
    show(
        "after cleanup_scores (Alice is gone, Bob 6, Charlie 11):",
        &scores,
    );
    show_removed("removed:", &removed);

    println!();
    println!("== The ends of the range ==");
    let mut scores = qualifying_board();
    let eliminated = eliminate_below(&mut scores, i32::MIN);
    show_removed("eliminate_below(i32::MIN) eliminates:", &eliminated);
    let eliminated = eliminate_below(&mut scores, i32::MAX);
    show_removed("eliminate_below(i32::MAX) eliminates:", &eliminated);
    show("left on the board (only a score of i32::MAX):", &scores);

    println!();
    println!("== extract_if is lazy: stop early and the rest stay ==");
    let mut scores = qualifying_board();
    let below = |scores: &HashMap<String, i32>| scores.values().filter(|&&s| s < CUT).count();
    // The predicate both `extract_if` calls below use (a closure that
    // captures nothing is `Copy`).
    let below_cut = |_name: &String, score: &mut i32| *score < CUT;
    println!("players below {CUT} before: {}", below(&scores));
    let mut iterator = scores.extract_if(below_cut);
    let taken = iterator.next();
    drop(iterator);
    // Which player came first depends on the hash order, so only counts are printed.
    println!(
        "took {} player with one next(), then dropped the iterator",
        usize::from(taken.is_some())
    );
    println!(
        "players below {CUT} still on the board: {} (of {} players)",
        below(&scores),
        scores.len()
    );

    println!();
    println!("== let _ = scores.extract_if(..), as rustc's help suggests: nothing removed ==");
    let mut scores = qualifying_board();
    let _ = scores.extract_if(below_cut);
    println!(
        "players below {CUT} still on the board: {} (of {} players)",
        below(&scores),
        scores.len()
    );
}
