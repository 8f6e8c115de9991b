    // WRONG: `mem::take`: the board comes back with capacity 0
    // CAUGHT BY: tests::the_board_is_empty_and_keeps_its_capacity
    let old = std::mem::take(scores);
    let players = old.len();
    let mut report = Vec::new();
    for (name, score) in old {
        report.push(format!("{name}: {score} of {players} players"));
    }
    report.sort();
    report
}
