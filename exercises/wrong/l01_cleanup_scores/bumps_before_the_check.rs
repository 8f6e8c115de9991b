        // WRONG: bumps first, then removes whoever is at 0: zero scores survive at 1, -1 is removed
        // CAUGHT BY: tests::matches_the_articles_example
        if let Some(score) = scores.get_mut(&name) {
            *score = score.saturating_add(BONUS);
            if *score == 0 {
                scores.remove(&name);
            }
        }
    }
}
