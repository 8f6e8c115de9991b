    // WRONG: `*score += points` panics near i32::MIN
    // CAUGHT BY: tests::saturates_at_both_ends
    *scores.entry(player.to_owned()).or_insert(0) += points;
}
