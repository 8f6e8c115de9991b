    // WRONG: `retain`: the players leave, but nobody remembers them
    // CAUGHT BY: tests::eliminated_players_are_returned
    scores.retain(|_name, score| *score >= threshold);
    Vec::new()
}
