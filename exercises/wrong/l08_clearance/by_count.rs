    // WRONG: sorts the new items by count instead of by name
    // CAUGHT BY: tests::new_items_follow_in_name_order
    let mut low: Vec<(String, i32)> = stock.extract_if(|_item, count| *count <= floor).collect();
    low.sort_by_key(|(_, count)| *count);
    let moved = low.len();
    clearance.append(&mut low);
    moved
}
