    // WRONG: copies every page name into a set before the drain (lesson 01's copy), to ask "visited?" while draining
    // CAUGHT BY: tests::no_name_is_copied_to_find_the_visited_pages
    let visited: std::collections::HashSet<String> = links.keys().cloned().collect();
    let mut pairs = Vec::new();
    for (from, targets) in links.drain() {
        for to in targets {
            if visited.contains(&to) {
                pairs.push((from.clone(), to));
            }
        }
    }
    pairs.sort();
    pairs
}
