    // WRONG: `*score += BONUS`: panics at i32::MAX in a debug build (wraps in release)
    // CAUGHT BY: tests::a_score_at_i32_max_stays_there
    let names: Vec<String> = scores.keys().cloned().collect();
    for name in names {
        if let Some(score) = scores.get_mut(&name) {
            *score += BONUS;
        }
    }
}
