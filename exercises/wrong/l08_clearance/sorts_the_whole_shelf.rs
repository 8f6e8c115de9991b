    // WRONG: appends, then sorts all of `clearance`: the items already there are reordered
    // CAUGHT BY: tests::new_items_follow_in_name_order
    let before = clearance.len();
    clearance.extend(stock.extract_if(|_item, count| *count <= floor));
    clearance.sort();
    clearance.len() - before
}
