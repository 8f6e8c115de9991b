    // WRONG: get_mut(..).unwrap(): panics on a name that is not on the board
    // CAUGHT BY: tests::an_unknown_name_is_ignored
    for name in cheaters {
        let score = scores.get_mut(*name).unwrap();
        *score = score.saturating_sub(PENALTY);
    }
}
