    // WRONG: `*score += points` panics at i32::MAX
    // CAUGHT BY: tests::saturates_at_i32_max
    let before = scores.len();
    *scores.entry(player.to_owned()).or_insert(0) += points;
    before
}
