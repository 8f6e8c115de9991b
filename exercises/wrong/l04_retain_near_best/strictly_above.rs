    // WRONG: `>`: a player exactly MARGIN below the best is dropped
    // CAUGHT BY: tests::exactly_margin_below_stays
    let best = scores.values().copied().max().unwrap_or(i32::MIN);
    let cut_off = best.saturating_sub(MARGIN);
    scores.retain(|_name, score| *score > cut_off);
}
