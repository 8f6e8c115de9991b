    // WRONG: copies the expired ids out, then `retain`s the live sessions: every id is copied
    // CAUGHT BY: tests::ids_moved_no_lookup_table_kept
    let mut expired: Vec<(String, u64)> = sessions
        .iter()
        .filter(|(_, expires)| **expires <= now)
        .map(|(id, expires)| (id.clone(), now - expires))
        .collect();
    sessions.retain(|_, expires| *expires > now);
    expired.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    expired
}
