    // WRONG: the predicate says who leaves, not who stays
    // CAUGHT BY: tests::only_players_near_the_best_stay
    let best = scores.values().copied().max().unwrap_or(i32::MIN);
    let cut_off = best.saturating_sub(MARGIN);
    scores.retain(|_name, score| *score < cut_off);
}
