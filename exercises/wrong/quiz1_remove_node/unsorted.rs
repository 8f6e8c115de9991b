    // WRONG: returns who linked to it in hash order
    // CAUGHT BY: tests::returns_who_linked_to_it_sorted
    graph.remove(node);
    let linked: Vec<String> = graph
        .iter()
        .filter(|(_, others)| others.iter().any(|other| other == node))
        .map(|(name, _)| name.clone())
        .collect();
    for name in &linked {
        if let Some(others) = graph.get_mut(name) {
            others.retain(|other| other != node);
        }
    }
    linked
}
