    // WRONG: `swap_remove`: the last link of the list jumps into the place of the removed one
    // CAUGHT BY: tests::other_links_keep_their_order
    graph.remove(node);
    let mut linked: Vec<String> = graph
        .iter()
        .filter(|(_, others)| others.iter().any(|other| other == node))
        .map(|(name, _)| name.clone())
        .collect();
    for name in &linked {
        if let Some(others) = graph.get_mut(name) {
            if let Some(at) = others.iter().position(|other| other == node) {
                others.swap_remove(at);
            }
        }
    }
    linked.sort();
    linked
}
