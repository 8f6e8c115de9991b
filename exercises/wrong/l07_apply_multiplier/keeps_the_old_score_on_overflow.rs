    // WRONG: `checked_mul(..).unwrap_or(*score)`: an overflowing score stays put
    // CAUGHT BY: tests::saturates_at_both_ends
    for score in scores.values_mut() {
        *score = score.checked_mul(factor).unwrap_or(*score);
    }
}
