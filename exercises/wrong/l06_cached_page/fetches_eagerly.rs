    // WRONG: `or_insert(fetch(url))`: the argument is computed first, so every call fetches
    // CAUGHT BY: tests::a_hit_does_not_fetch
    cache.entry(url.to_owned()).or_insert(fetch(url))
}
