    // WRONG: `*score += points` panics at either end of the range
    // CAUGHT BY: tests::saturates_at_both_ends
    for &(player, points) in events {
        *scores.entry(player.to_owned()).or_insert(0) += points;
    }
}
