    // WRONG: applies the hits first: a hit brings an expired session back
    // CAUGHT BY: tests::hits_renew_live_sessions_only
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = renewed;
        }
    }
    let mut expired: Vec<(String, u64)> = cache.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_unstable();
    expired
}
