    // WRONG: collects the sales into a map first: an item sold twice loses only its last sale
    // CAUGHT BY: tests::sales_take_units_off
    let mut by_item = HashMap::new();
    for &(item, units) in sales {
        by_item.insert(item, units);
    }
    for (item, units) in by_item {
        if let Some(count) = stock.get_mut(item) {
            *count = count.saturating_sub(units);
        }
    }
}
