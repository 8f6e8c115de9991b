    // WRONG: removes every link to the node, but not the entry of the node itself
    // CAUGHT BY: tests::the_node_and_every_link_to_it_go
    let mut linked: Vec<String> = graph
        .iter()
        .filter(|(name, others)| *name != node && others.iter().any(|other| other == node))
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
