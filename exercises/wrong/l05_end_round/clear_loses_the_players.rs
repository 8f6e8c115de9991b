    // WRONG: `clear()`: the board is emptied, the standings are lost
    // CAUGHT BY: tests::the_standings_are_sorted_by_name
    scores.clear();
    Vec::new()
}
