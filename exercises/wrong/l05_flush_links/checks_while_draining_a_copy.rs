    // WRONG: checks each link against what is still left in a copy it drains at the same time
    // CAUGHT BY: tests::links_to_unvisited_pages_are_dropped
    let mut left = links.clone();
    let mut pairs = Vec::new();
    for (from, targets) in links.drain() {
        left.remove(&from);
        for to in targets {
            if left.contains_key(&to) {
                pairs.push((from.clone(), to));
            }
        }
    }
    pairs.sort();
    pairs
}
