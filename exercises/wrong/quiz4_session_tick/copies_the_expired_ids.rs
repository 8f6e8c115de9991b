    // WRONG: copies the expired ids out, then removes each one: copies, and a lookup per expired session
    // CAUGHT BY: tests::expired_ids_are_moved
    let mut expired: Vec<(String, u64)> =
        cache.iter().filter(|(_, expires)| **expires <= now).map(|(id, expires)| (id.clone(), *expires)).collect();
    for (id, _) in &expired {
        cache.remove(id);
    }
    expired.sort_unstable();
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = renewed;
        }
    }
    expired
}
