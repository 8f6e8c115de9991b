    // WRONG: `insert(other, vec![node])` for every link: replaces lists that were already there
    // CAUGHT BY: tests::existing_links_are_kept
    let links: Vec<(String, String)> = graph
        .iter()
        .flat_map(|(node, others)| others.iter().map(|other| (node.clone(), other.clone())))
        .collect();
    for (node, other) in links {
        if !graph.get(&other).is_some_and(|back| back.contains(&node)) {
            graph.insert(other, vec![node]);
        }
    }
}
