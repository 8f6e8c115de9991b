    // WRONG: follows rustc's note, `retain`: the items leave the stock and are lost
    // CAUGHT BY: tests::low_items_move_to_clearance
    let before = stock.len();
    stock.retain(|_item, count| *count > floor);
    before - stock.len()
}
