    // WRONG: `len() - 1`: counts the other players only
    // CAUGHT BY: tests::everyone_earns_the_crowd_size
    let players = i32::try_from(scores.len().saturating_sub(1)).unwrap_or(i32::MAX);
    for score in scores.values_mut() {
        *score = score.saturating_add(players);
    }
}
