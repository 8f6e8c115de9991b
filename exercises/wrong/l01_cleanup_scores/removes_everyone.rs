        // WRONG: the condition got inverted on the way: every non-zero player is removed
        // CAUGHT BY: tests::matches_the_articles_example
        if let Some(score) = scores.get_mut(&name) {
            if *score != 0 {
                scores.remove(&name);
            } else {
                *score = score.saturating_add(BONUS);
            }
        }
    }
}
