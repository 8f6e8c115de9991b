    // WRONG: `get_mut(player)` avoids the String, but drops the points of new players
    // CAUGHT BY: tests::a_new_player_is_created
    if let Some(score) = scores.get_mut(player) {
        *score = score.saturating_add(points);
    }
}
