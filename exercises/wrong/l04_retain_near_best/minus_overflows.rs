    // WRONG: `best - MARGIN` panics when the best score is near i32::MIN
    // CAUGHT BY: tests::a_best_near_i32_min_does_not_overflow
    let best = scores.values().copied().max().unwrap_or(i32::MIN);
    let cut_off = best - MARGIN;
    scores.retain(|_name, score| *score >= cut_off);
}
