    // WRONG: sorts the expired sessions with `sort_by_key(|(id, _)| id.clone())`: the right order, but every comparison copies an id
    // CAUGHT BY: tests::expired_ids_are_moved
    let mut expired: Vec<(String, u64)> = cache.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_by_key(|(id, _)| id.clone());
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = renewed;
        }
    }
    expired
}
