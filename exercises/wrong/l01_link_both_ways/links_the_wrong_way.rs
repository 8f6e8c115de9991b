    // WRONG: for each link a -> b, appends b to a's own list again instead of a to b's
    // CAUGHT BY: tests::a_node_seen_only_in_a_list_gets_a_list
    let links: Vec<(String, String)> = graph
        .iter()
        .flat_map(|(node, others)| others.iter().map(|other| (node.clone(), other.clone())))
        .collect();
    for (node, other) in links {
        let list = graph.entry(node).or_default();
        if !list.contains(&other) {
            list.push(other);
        }
    }
}
