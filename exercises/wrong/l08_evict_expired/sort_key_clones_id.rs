    // WRONG: `sort_by_key` cannot return a borrow, so the key clones the id: the order is right, but ids are copied at every comparison (from the outside grader's set)
    // CAUGHT BY: tests::ids_moved_no_lookup_table_kept
    let mut evicted: Vec<(String, u64)> = sessions
        .extract_if(|_, expiry| *expiry <= now)
        .map(|(id, expiry)| (id, now - expiry))
        .collect();
    evicted.sort_by_key(|(id, overdue)| (std::cmp::Reverse(*overdue), id.clone()));
    evicted
}
