    // WRONG: lists the idle players but leaves them on the board
    // CAUGHT BY: tests::idle_players_leave_and_are_listed
    let mut idle: Vec<String> = scores
        .iter()
        .filter(|(_, score)| **score == 0)
        .map(|(name, _)| name.clone())
        .collect();
    idle.sort();
    idle
}
