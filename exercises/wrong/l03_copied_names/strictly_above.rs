    // WRONG: `>`: a score equal to the threshold does not qualify
    // CAUGHT BY: tests::a_score_equal_to_the_threshold_qualifies
    let mut names: Vec<String> = scores
        .iter()
        .filter(|&(_, score)| *score > threshold)
        .map(|(name, _)| name)
        .cloned()
        .collect();
    names.sort();
    names
}
