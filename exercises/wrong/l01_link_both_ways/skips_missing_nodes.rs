    // WRONG: only updates nodes that already have a list: a node seen only in lists is left out
    // CAUGHT BY: tests::a_node_seen_only_in_a_list_gets_a_list
    let links: Vec<(String, String)> = graph
        .iter()
        .flat_map(|(node, others)| others.iter().map(|other| (node.clone(), other.clone())))
        .collect();
    for (node, other) in links {
        if let Some(back) = graph.get_mut(&other) {
            if !back.contains(&node) {
                back.push(node);
            }
        }
    }
}
