        // WRONG: `*score += BONUS` panics at i32::MAX
        // CAUGHT BY: tests::a_score_at_i32_max_stays_there
        if let Some(score) = scores.get_mut(&name) {
            if *score == 0 {
                scores.remove(&name);
            } else {
                *score += BONUS;
            }
        }
    }
}
