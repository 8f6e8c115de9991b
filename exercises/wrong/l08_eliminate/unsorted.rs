    // WRONG: returns the players in hash order
    // CAUGHT BY: tests::many_players_come_back_sorted
    scores
        .extract_if(|_name, score| *score < threshold)
        .collect()
}
