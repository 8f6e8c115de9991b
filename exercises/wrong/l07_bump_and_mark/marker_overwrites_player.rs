    // WRONG: `insert(marker, MARKER)`: a player named like a marker loses their score
    // CAUGHT BY: tests::an_existing_marker_named_player_is_kept
    let mut markers = Vec::with_capacity(scores.len());
    for (name, score) in scores.iter_mut() {
        *score = score.saturating_add(BONUS);
        markers.push(format!("{name}_bonus"));
    }
    for marker in markers {
        scores.insert(marker, MARKER);
    }
}
