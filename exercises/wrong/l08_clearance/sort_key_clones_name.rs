    // WRONG: sorts the new items with `sort_by_key(|(item, _)| item.clone())`: the right order, but every comparison copies a name
    // CAUGHT BY: tests::names_are_moved_and_the_table_kept
    let before = clearance.len();
    clearance.extend(stock.extract_if(|_item, count| *count <= floor));
    clearance[before..].sort_by_key(|(item, _)| item.clone());
    clearance.len() - before
}
