    // WRONG: replaces the map with HashMap::with_capacity: room, but no players
    // CAUGHT BY: tests::players_and_scores_are_kept
    let wanted = scores.len().saturating_add(newcomers);
    *scores = HashMap::with_capacity(wanted);
}
