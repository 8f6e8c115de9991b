    // WRONG: sorts the pairs by target page first
    // CAUGHT BY: tests::links_become_sorted_pairs
    let pages: Vec<(String, Vec<String>)> = links.drain().collect();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (from, targets) in &pages {
        for to in targets {
            if pages.iter().any(|(page, _)| page == to) {
                pairs.push((from.clone(), to.clone()));
            }
        }
    }
    pairs.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    pairs
}
