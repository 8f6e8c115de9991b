    // WRONG: fetches and inserts on every call: a cached page is replaced
    // CAUGHT BY: tests::a_hit_does_not_fetch
    cache.insert(url.to_owned(), fetch(url));
    cache.get_mut(url).expect("just inserted")
}
