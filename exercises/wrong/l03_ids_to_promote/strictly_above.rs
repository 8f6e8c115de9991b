    // WRONG: `>`: a score equal to the threshold is left behind
    // CAUGHT BY: tests::a_score_equal_to_the_threshold_counts
    let mut promoted: Vec<u64> = scores
        .iter()
        .filter(|&(_, score)| *score > threshold)
        .map(|(id, _)| id)
        .copied()
        .collect();
    promoted.sort_unstable();
    promoted
}
