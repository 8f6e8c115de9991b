    // WRONG: sorts the pairs by their `from` page only: a page's targets stay in its list's order (from the outside grader's set)
    // CAUGHT BY: tests::links_become_sorted_pairs
    let drained: Vec<(String, Vec<String>)> = links.drain().collect();
    let visited: std::collections::HashSet<&str> =
        drained.iter().map(|(page, _)| page.as_str()).collect();
    let mut pairs = Vec::new();
    for (from, targets) in &drained {
        for to in targets {
            if visited.contains(to.as_str()) {
                pairs.push((from.clone(), to.clone()));
            }
        }
    }
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs
}
