    // WRONG: renews with `entry(..).or_insert(..)`: a hit on an unknown id creates a session
    // CAUGHT BY: tests::hits_renew_live_sessions_only
    let mut expired: Vec<(String, u64)> = cache.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_unstable();
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        *cache.entry(id.to_owned()).or_insert(renewed) = renewed;
    }
    expired
}
