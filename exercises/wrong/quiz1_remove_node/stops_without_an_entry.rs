    // WRONG: returns at once when the node has no entry of its own, leaving the links to it
    // CAUGHT BY: tests::the_node_and_every_link_to_it_go
    if graph.remove(node).is_none() {
        return Vec::new();
    }
    let mut linked: Vec<String> = graph
        .iter()
        .filter(|(_, others)| others.iter().any(|other| other == node))
        .map(|(name, _)| name.clone())
        .collect();
    for name in &linked {
        if let Some(others) = graph.get_mut(name) {
            others.retain(|other| other != node);
        }
    }
    linked.sort();
    linked
}
