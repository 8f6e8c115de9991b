    // WRONG: the predicate picks the players who stay
    // CAUGHT BY: tests::eliminated_players_are_returned
    let mut eliminated: Vec<(String, i32)> = scores
        .extract_if(|_name, score| *score >= threshold)
        .collect();
    eliminated.sort();
    eliminated
}
