    // WRONG: `*score += BONUS` panics at i32::MAX
    // CAUGHT BY: tests::a_score_at_i32_max_stays_there
    let ids: Vec<u64> = scores.keys().copied().collect();
    for id in ids {
        if let Some(score) = scores.get_mut(&id) {
            *score += BONUS;
        }
    }
}
