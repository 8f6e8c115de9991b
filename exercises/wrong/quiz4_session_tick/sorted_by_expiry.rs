    // WRONG: sorts the expired sessions by expiry instead of by id
    // CAUGHT BY: tests::expired_sessions_leave_sorted_by_id
    let mut expired: Vec<(String, u64)> = cache.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_by_key(|(_, expires)| *expires);
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = renewed;
        }
    }
    expired
}
