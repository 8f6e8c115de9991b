    // WRONG: `std::mem::take`: right standings, but the board's capacity drops to 0
    // CAUGHT BY: tests::the_board_is_empty_and_keeps_its_capacity
    let mut standings: Vec<(String, i32)> = std::mem::take(scores).into_iter().collect();
    standings.sort();
    standings
}
