    // WRONG: `*score *= factor` panics on overflow
    // CAUGHT BY: tests::saturates_at_both_ends
    for score in scores.values_mut() {
        *score *= factor;
    }
}
