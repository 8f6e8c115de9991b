    // WRONG: `clear()` when anybody is below the threshold
    // CAUGHT BY: tests::removes_the_low_scores_and_counts_them
    let before = scores.len();
    if scores.values().any(|score| *score < threshold) {
        scores.clear();
    }
    before - scores.len()
}
