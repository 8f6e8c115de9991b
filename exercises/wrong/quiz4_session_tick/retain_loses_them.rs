    // WRONG: evicts with `retain`: the expired sessions are never reported
    // CAUGHT BY: tests::expired_sessions_leave_sorted_by_id
    cache.retain(|_id, expires| *expires > now);
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = renewed;
        }
    }
    Vec::new()
}
