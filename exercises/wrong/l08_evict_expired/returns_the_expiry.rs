    // WRONG: returns each expiry time instead of how long ago it was
    // CAUGHT BY: tests::most_overdue_first_then_by_id
    let mut expired: Vec<(String, u64)> = sessions.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_unstable_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    expired
}
