    // WRONG: reads `len()` after the entry is used: a newcomer counts themself
    // CAUGHT BY: tests::a_newcomer_is_not_counted
    let score = scores.entry(player.to_owned()).or_insert(0);
    *score = score.saturating_add(points);
    scores.len()
}
