    // WRONG: pastes rustc's `get_mut` suggestion as it is: `stock[item]` reads the map while `val` still borrows it
    // CAUGHT BY: rustc::E0502
    for &(item, units) in sales {
        if let Some(val) = stock.get_mut(item) { *val = stock[item].saturating_sub(units); };
    }
}
