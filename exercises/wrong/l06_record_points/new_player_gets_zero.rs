    // WRONG: `.and_modify(add).or_insert(0)`: a new player's first points are lost
    // CAUGHT BY: tests::a_new_player_gets_the_points
    for &(player, points) in events {
        scores
            .entry(player.to_owned())
            .and_modify(|score| *score = score.saturating_add(points))
            .or_insert(0);
    }
}
