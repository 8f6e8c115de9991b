    // WRONG: entry().or_insert(0): an unknown name appears on the board at -10
    // CAUGHT BY: tests::an_unknown_name_is_ignored
    for name in cheaters {
        let score = scores.entry((*name).to_owned()).or_insert(0);
        *score = score.saturating_sub(PENALTY);
    }
}
