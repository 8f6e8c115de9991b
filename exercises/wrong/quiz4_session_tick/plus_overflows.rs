    // WRONG: `now + ttl`: panics past u64::MAX in a debug build
    // CAUGHT BY: tests::a_hit_sets_the_expiry
    let mut expired: Vec<(String, u64)> = cache.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_unstable();
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = now + ttl;
        }
    }
    expired
}
