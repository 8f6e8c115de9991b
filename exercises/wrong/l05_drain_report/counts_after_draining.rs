    // WRONG: reads `len()` after the drain: every line says 0 players
    // CAUGHT BY: tests::every_player_is_reported_with_the_round_size
    let drained: Vec<(String, i32)> = scores.drain().collect();
    let mut report = Vec::new();
    for (name, score) in drained {
        report.push(format!("{name}: {score} of {} players", scores.len()));
    }
    report.sort();
    report
}
