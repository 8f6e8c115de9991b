    // WRONG: `wrapping_add`: the champion falls to i32::MIN
    // CAUGHT BY: tests::a_score_at_i32_max_stays_there
    let names: Vec<String> = scores.keys().cloned().collect();
    for name in names {
        if let Some(score) = scores.get_mut(&name) {
            *score = score.wrapping_add(BONUS);
        }
    }
}
