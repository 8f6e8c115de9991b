    // WRONG: returns the lines in hash order
    // CAUGHT BY: tests::the_lines_come_back_sorted
    let players = scores.len();
    let mut report = Vec::new();
    for (name, score) in scores.drain() {
        report.push(format!("{name}: {score} of {players} players"));
    }
    report
}
