    // WRONG: returns how many stayed instead of how many left
    // CAUGHT BY: tests::removes_the_low_scores_and_counts_them
    scores.retain(|_name, score| *score >= threshold);
    scores.len()
}
