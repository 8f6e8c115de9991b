    // WRONG: collects the keys instead of the junctions named in the lists: no junction is added
    // CAUGHT BY: tests::a_junction_named_only_in_a_list_gets_an_empty_list
    let junctions: Vec<u32> = roads.keys().copied().collect();
    for junction in junctions {
        roads.entry(junction).or_default();
    }
}
