    // WRONG: `*expires < now`: a session that expires right now survives
    // CAUGHT BY: tests::sessions_expired_by_now_go
    let mut expired: Vec<(String, u64)> = sessions
        .extract_if(|_id, expires| *expires < now)
        .map(|(id, expires)| (id, now - expires))
        .collect();
    expired.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    expired
}
