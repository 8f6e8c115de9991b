    // WRONG: `entry(..).or_insert(0)`: an unknown item appears with a negative count
    // CAUGHT BY: tests::an_unknown_item_is_ignored
    for &(item, units) in sales {
        let count = stock.entry(item.to_owned()).or_insert(0);
        *count = count.saturating_sub(units);
    }
}
