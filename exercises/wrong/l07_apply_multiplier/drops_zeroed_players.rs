    // WRONG: removes the players whose score became 0
    // CAUGHT BY: tests::a_factor_of_zero_keeps_every_player
    for score in scores.values_mut() {
        *score = score.saturating_mul(factor);
    }
    scores.retain(|_name, score| *score != 0);
}
