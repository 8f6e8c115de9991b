    // WRONG: gives a new junction a road to itself instead of an empty list
    // CAUGHT BY: tests::a_junction_named_only_in_a_list_gets_an_empty_list
    let missing: Vec<u32> = roads
        .values()
        .flatten()
        .copied()
        .filter(|junction| !roads.contains_key(junction))
        .collect();
    for junction in missing {
        roads.insert(junction, vec![junction]);
    }
}
