    // WRONG: inserts unconditionally: an existing player's score is reset
    // CAUGHT BY: tests::an_existing_player_keeps_their_score
    scores.insert(name.to_owned(), WELCOME);
    scores.entry(name.to_owned()).or_insert(WELCOME)
}
