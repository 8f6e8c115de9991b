    // WRONG: `get_mut(item).unwrap()`: panics on an item the shop does not stock
    // CAUGHT BY: tests::an_unknown_item_is_ignored
    for &(item, units) in sales {
        let count = stock.get_mut(item).unwrap();
        *count = count.saturating_sub(units);
    }
}
