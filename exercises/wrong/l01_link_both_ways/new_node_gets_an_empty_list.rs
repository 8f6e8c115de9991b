    // WRONG: gives a node seen only in lists an empty list, and forgets the link back
    // CAUGHT BY: tests::a_node_seen_only_in_a_list_gets_a_list
    let links: Vec<(String, String)> = graph
        .iter()
        .flat_map(|(node, others)| others.iter().map(|other| (node.clone(), other.clone())))
        .collect();
    for (node, other) in links {
        match graph.get_mut(&other) {
            Some(back) => {
                if !back.contains(&node) {
                    back.push(node);
                }
            }
            None => {
                graph.insert(other, Vec::new());
            }
        }
    }
}
