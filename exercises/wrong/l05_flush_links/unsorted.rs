    // WRONG: returns the pairs in hash order
    // CAUGHT BY: tests::links_become_sorted_pairs
    let pages: Vec<(String, Vec<String>)> = links.drain().collect();
    let mut pairs = Vec::new();
    for (from, targets) in &pages {
        for to in targets {
            if pages.iter().any(|(page, _)| page == to) {
                pairs.push((from.clone(), to.clone()));
            }
        }
    }
    pairs
}
