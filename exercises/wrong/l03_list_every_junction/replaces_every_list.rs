    // WRONG: drops the filter: every junction named in a list gets a new, empty list, replacing its roads
    // CAUGHT BY: tests::existing_lists_are_kept
    let named: Vec<u32> = roads.values().flatten().copied().collect();
    for junction in named {
        roads.insert(junction, Vec::new());
    }
}
