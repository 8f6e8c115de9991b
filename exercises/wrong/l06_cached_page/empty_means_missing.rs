    // WRONG: `or_default()`, then fetches when the page is empty: a cached empty page is fetched again
    // CAUGHT BY: tests::a_hit_does_not_fetch
    let page = cache.entry(url.to_owned()).or_default();
    if page.is_empty() {
        *page = fetch(url);
    }
    page
}
