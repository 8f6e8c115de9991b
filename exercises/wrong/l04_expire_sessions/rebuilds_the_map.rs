    // WRONG: builds a new map from the survivors: a new table, and allocations
    // CAUGHT BY: tests::the_map_keeps_its_table
    let before = sessions.len();
    *sessions = std::mem::take(sessions)
        .into_iter()
        .filter_map(|(id, left)| (left > elapsed).then(|| (id, left - elapsed)))
        .collect();
    before - sessions.len()
}
