    // WRONG: returns the ids in hash order
    // CAUGHT BY: tests::the_ids_come_back_ascending
    scores
        .iter()
        .filter(|&(_, score)| *score >= threshold)
        .map(|(id, _)| id)
        .copied()
        .collect()
}
