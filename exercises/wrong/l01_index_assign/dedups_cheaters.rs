    // WRONG: collects the names into a set first: a cheater reported twice pays once
    // CAUGHT BY: tests::reported_twice_pays_twice
    let unique: std::collections::HashSet<&str> = cheaters.iter().copied().collect();
    for name in unique {
        if let Some(score) = scores.get_mut(name) {
            *score = score.saturating_sub(PENALTY);
        }
    }
}
