    // WRONG: `*count < floor`: an item at exactly `floor` stays on the shelf
    // CAUGHT BY: tests::low_items_move_to_clearance
    let mut low: Vec<(String, i32)> = stock.extract_if(|_item, count| *count < floor).collect();
    low.sort_unstable();
    let moved = low.len();
    clearance.append(&mut low);
    moved
}
