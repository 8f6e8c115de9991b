    // WRONG: returns the names in hash order
    // CAUGHT BY: tests::the_names_come_back_sorted
    scores
        .iter()
        .filter(|&(_, score)| *score >= threshold)
        .map(|(name, _)| name)
        .cloned()
        .collect()
}
