    // WRONG: treats a zero score as "did not play" and skips it
    // CAUGHT BY: tests::a_zero_score_is_bumped_too
    let names: Vec<String> = scores.keys().cloned().collect();
    for name in names {
        if let Some(score) = scores.get_mut(&name)
            && *score != 0
        {
            *score = score.saturating_add(BONUS);
        }
    }
}
