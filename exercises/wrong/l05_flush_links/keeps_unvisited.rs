    // WRONG: drains into pairs and drops nothing: links to unvisited pages stay
    // CAUGHT BY: tests::links_to_unvisited_pages_are_dropped
    let mut pairs = Vec::new();
    for (from, targets) in links.drain() {
        for to in targets {
            pairs.push((from.clone(), to));
        }
    }
    pairs.sort();
    pairs
}
