    // WRONG: copies the standings out but leaves the board full
    // CAUGHT BY: tests::the_board_is_empty_and_keeps_its_capacity
    let mut standings: Vec<(String, i32)> = scores
        .iter()
        .map(|(name, score)| (name.clone(), *score))
        .collect();
    standings.sort();
    standings
}
