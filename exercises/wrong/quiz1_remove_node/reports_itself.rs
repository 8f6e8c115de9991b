    // WRONG: looks for who linked to it before removing the node: a self-link puts the node in its own answer
    // CAUGHT BY: tests::returns_who_linked_to_it_sorted
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
    graph.remove(node);
    linked.sort();
    linked
}
