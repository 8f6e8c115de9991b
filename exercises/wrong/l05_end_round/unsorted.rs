    // WRONG: returns the standings in hash order
    // CAUGHT BY: tests::many_players_come_back_in_name_order
    scores.drain().collect()
}
