    // WRONG: sorts best-first by id, the wrong way round
    // CAUGHT BY: tests::the_ids_come_back_ascending
    let mut promoted: Vec<u64> = scores
        .iter()
        .filter(|&(_, score)| *score >= threshold)
        .map(|(id, _)| id)
        .copied()
        .collect();
    promoted.sort_unstable_by(|a, b| b.cmp(a));
    promoted
}
