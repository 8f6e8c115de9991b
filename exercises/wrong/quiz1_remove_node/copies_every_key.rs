    // WRONG: collects every node name, then checks each list: a copy of every name
    // CAUGHT BY: tests::nobody_links_to_it_no_allocation
    graph.remove(node);
    let names: Vec<String> = graph.keys().cloned().collect();
    let mut linked = Vec::new();
    for name in names {
        if let Some(others) = graph.get_mut(&name) {
            if let Some(at) = others.iter().position(|other| other == node) {
                others.remove(at);
                linked.push(name);
            }
        }
    }
    linked.sort();
    linked
}
