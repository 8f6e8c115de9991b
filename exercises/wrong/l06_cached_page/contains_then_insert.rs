    // WRONG: `contains_key`, `insert`, then `get_mut`: compiles, but two lookups on a hit and three on a miss
    // CAUGHT BY: tests::one_lookup_per_call
    if !cache.contains_key(url) {
        cache.insert(url.to_owned(), fetch(url));
    }
    cache.get_mut(url).expect("just inserted")
}
