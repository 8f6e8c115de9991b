//! Lesson 09, the story: `cargo run -p lesson-09`.
//!
//! Every board is printed sorted by name (a `HashMap` iterates in a different
//! order in every process), one player a line, the name last so that names of
//! any width (字, Жанна) cannot misalign the columns.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};

use lesson_09::{
    League, Refusal, add_bonus_entries, award_podium, award_winners, from_cells, pay_from_bank,
    to_cells, transfer, transfer_by_scan, transfer_cells, transfer_remove_reinsert,
    transfer_two_lookups,
};

/// Prints the board, one player a line, in name order.
fn show(title: &str, scores: &HashMap<String, i32>) {
    println!("{title}");
    let sorted: BTreeMap<&String, &i32> = scores.iter().collect();
    for (name, score) in sorted {
        println!("  {score:>11}  {name}");
    }
}

/// Prints what became of one attempt.
fn outcome(what: &str, result: Result<(), Refusal>) {
    match result {
        Ok(()) => println!("{what}: done"),
        Err(refusal) => println!("{what}: refused, {refusal}"),
    }
}

/// Builds a board from `(name, score)` pairs.
fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
    entries
        .iter()
        .map(|&(name, score)| (name.to_owned(), score))
        .collect()
}

/// A way to move points between two players.
type Transfer = fn(&mut HashMap<String, i32>, &str, &str, i32) -> Result<(), Refusal>;

/// The transfers of the story: (from, to, points).
const TRANSFERS: [(&str, &str, i32); 5] = [
    ("Alice", "Bob", 5),
    ("Alice", "Alice", 5),
    ("Alice", "Zed", 5),
    ("Alice", "Zoë", 1),
    ("字", "Жанна", -3),
];

fn main() {
    println!("== A closure that reads the keys, an insert after the walk ==");
    let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
    add_bonus_entries(&mut scores);
    show("after add_bonus_entries:", &scores);

    println!();
    println!("== Two entries at once: transfer, with get_disjoint_mut ==");
    let start = board(&[
        ("Alice", 10),
        ("Bob", 20),
        ("Zoë", i32::MAX),
        ("字", 7),
        ("Жанна", 0),
    ]);
    show("before:", &start);
    let mut scores = start.clone();
    for (from, to, points) in TRANSFERS {
        outcome(
            &format!("transfer {points} from {from} to {to}"),
            transfer(&mut scores, from, to, points),
        );
    }
    show("after (refused transfers changed nothing):", &scores);

    println!();
    println!("== The same transfers, the ways from before Rust 1.86 ==");
    let others: [(&str, Transfer); 3] = [
        ("transfer_two_lookups", transfer_two_lookups),
        ("transfer_remove_reinsert", transfer_remove_reinsert),
        ("transfer_by_scan", transfer_by_scan),
    ];
    for (label, other) in others {
        let mut again = start.clone();
        let answers: Vec<Result<(), Refusal>> = TRANSFERS
            .iter()
            .map(|&(from, to, points)| other(&mut again, from, to, points))
            .collect();
        let mut reference = start.clone();
        let expected: Vec<Result<(), Refusal>> = TRANSFERS
            .iter()
            .map(|&(from, to, points)| transfer(&mut reference, from, to, points))
            .collect();
        let verdict = |same: bool| if same { "same" } else { "DIFFERENT" };
        println!(
            "{label}: answers {}, board {}",
            verdict(answers == expected),
            verdict(again == reference)
        );
    }

    println!();
    println!("== Several entries held together, all or nothing ==");
    let mut scores = board(&[("Alice", 10), ("Bob", 20), ("Cleo", 30), ("字", i32::MAX)]);
    outcome(
        "award_podium [Cleo, Bob, 字]",
        award_podium(&mut scores, ["Cleo", "Bob", "字"]),
    );
    outcome(
        "award_podium [Cleo, Cleo, Alice]",
        award_podium(&mut scores, ["Cleo", "Cleo", "Alice"]),
    );
    outcome(
        "award_winners 5 to [Alice, Ghost]",
        award_winners(&mut scores, &["Alice", "Ghost"], 5),
    );
    outcome(
        "award_winners 5 to [Alice, Bob]",
        award_winners(&mut scores, &["Alice", "Bob"], 5),
    );
    show("after (字 saturates at i32::MAX):", &scores);

    println!();
    println!("== A field and a method ==");
    let mut league = League::new(board(&[("Alice", 10), ("Bob", 20)]), 2);
    league.bump_everyone();
    league.bump_everyone_collect_first();
    show(
        "after bump_everyone (fields borrowed separately), then bump_everyone_collect_first:",
        league.scores(),
    );
    println!("bonuses given: {}", league.bonuses_given());

    println!();
    println!("== Cells: values that change through a shared borrow ==");
    let cells = to_cells(board(&[("Bank", 100), ("Alice", 10), ("Bob", i32::MAX)]));
    outcome(
        "pay_from_bank 5 from Bank",
        pay_from_bank(&cells, "Bank", 5),
    );
    outcome(
        "transfer_cells 5 from Alice to Alice",
        transfer_cells(&cells, "Alice", "Alice", 5),
    );
    outcome(
        "transfer_cells 5 from Alice to Bank",
        transfer_cells(&cells, "Alice", "Bank", 5),
    );
    show(
        "after (Bob stays at i32::MAX, the Bank paid him all the same):",
        &from_cells(cells),
    );
}
