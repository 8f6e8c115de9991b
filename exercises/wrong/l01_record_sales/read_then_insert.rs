    // WRONG: reads with `get`, writes back with `insert`: two lookups and a new `String` per sale
    // CAUGHT BY: tests::at_most_one_lookup_per_sale
    for &(item, units) in sales {
        if let Some(&count) = stock.get(item) {
            stock.insert(item.to_owned(), count.saturating_sub(units));
        }
    }
}
