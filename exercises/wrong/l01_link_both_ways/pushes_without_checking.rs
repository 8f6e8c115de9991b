    // WRONG: appends the reverse link without checking that it is already there
    // CAUGHT BY: tests::no_link_is_doubled
    let links: Vec<(String, String)> = graph
        .iter()
        .flat_map(|(node, others)| others.iter().map(|other| (node.clone(), other.clone())))
        .collect();
    for (node, other) in links {
        match graph.get_mut(&other) {
            Some(back) => back.push(node),
            None => {
                graph.insert(other, vec![node]);
            }
        }
    }
}
