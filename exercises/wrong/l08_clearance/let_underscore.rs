    // WRONG: follows rustc's help, `let _ = ...`: the warning goes, and nothing moves
    // CAUGHT BY: tests::low_items_move_to_clearance
    let before = clearance.len();
    let _ = stock.extract_if(|_item, count| *count <= floor);
    clearance.len() - before
}
