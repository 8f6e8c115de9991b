        // WRONG: `*score <= 0`: negative scores are players too
        // CAUGHT BY: tests::negative_scores_stay_and_are_bumped
        if let Some(score) = scores.get_mut(&name) {
            if *score <= 0 {
                scores.remove(&name);
            } else {
                *score = score.saturating_add(BONUS);
            }
        }
    }
}
