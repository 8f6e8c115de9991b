    // WRONG: skips a link from a page to itself
    // CAUGHT BY: tests::a_self_link_is_kept
    let pages: Vec<(String, Vec<String>)> = links.drain().collect();
    let mut pairs = Vec::new();
    for (from, targets) in &pages {
        for to in targets {
            if to != from && pages.iter().any(|(page, _)| page == to) {
                pairs.push((from.clone(), to.clone()));
            }
        }
    }
    pairs.sort();
    pairs
}
