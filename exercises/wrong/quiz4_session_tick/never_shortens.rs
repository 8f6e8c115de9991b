    // WRONG: `max`: a hit never brings an expiry forward
    // CAUGHT BY: tests::a_hit_sets_the_expiry
    let mut expired: Vec<(String, u64)> = cache.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_unstable();
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = (*expires).max(renewed);
        }
    }
    expired
}
