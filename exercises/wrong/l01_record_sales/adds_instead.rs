    // WRONG: `saturating_add`: a sale puts units back on the shelf
    // CAUGHT BY: tests::sales_take_units_off
    for &(item, units) in sales {
        if let Some(count) = stock.get_mut(item) {
            *count = count.saturating_add(units);
        }
    }
}
