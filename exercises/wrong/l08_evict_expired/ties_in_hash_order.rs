    // WRONG: sorts by overdue time only: ties stay in hash order
    // CAUGHT BY: tests::most_overdue_first_then_by_id
    let mut expired: Vec<(String, u64)> = sessions
        .extract_if(|_id, expires| *expires <= now)
        .map(|(id, expires)| (id, now - expires))
        .collect();
    expired.sort_by(|a, b| b.1.cmp(&a.1));
    expired
}
