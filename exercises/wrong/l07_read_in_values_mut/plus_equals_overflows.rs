    // WRONG: `*score += players` panics at i32::MAX
    // CAUGHT BY: tests::a_score_at_i32_max_stays_there
    let players = i32::try_from(scores.len()).unwrap_or(i32::MAX);
    for score in scores.values_mut() {
        *score += players;
    }
}
