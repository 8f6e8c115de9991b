    // WRONG: appends the new items in hash order
    // CAUGHT BY: tests::new_items_follow_in_name_order
    let before = clearance.len();
    clearance.extend(stock.extract_if(|_item, count| *count <= floor));
    clearance.len() - before
}
