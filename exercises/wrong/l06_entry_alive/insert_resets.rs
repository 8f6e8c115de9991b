    // WRONG: `insert(player, points)`: a returning player's score is replaced
    // CAUGHT BY: tests::a_returning_player_adds_up
    let before = scores.len();
    scores.insert(player.to_owned(), points);
    before
}
