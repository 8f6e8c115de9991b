    // WRONG: `*score -= PENALTY` panics near i32::MIN
    // CAUGHT BY: tests::a_score_near_i32_min_saturates
    for name in cheaters {
        if let Some(score) = scores.get_mut(*name) {
            *score -= PENALTY;
        }
    }
}
