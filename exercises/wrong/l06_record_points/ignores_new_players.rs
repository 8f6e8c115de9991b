    // WRONG: `get_mut` only: events for new players are dropped
    // CAUGHT BY: tests::a_new_player_gets_the_points
    for &(player, points) in events {
        if let Some(score) = scores.get_mut(player) {
            *score = score.saturating_add(points);
        }
    }
}
