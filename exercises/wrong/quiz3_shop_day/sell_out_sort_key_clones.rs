    // WRONG: `sell_out` sorts with `sort_by_key(|(item, _)| item.clone())`: the right order, but every comparison copies a name
    // CAUGHT BY: tests::sell_out_moves_names_and_keeps_the_table
    for &(item, units) in deliveries {
        let count = stock.entry(item.to_owned()).or_insert(0);
        *count = count.saturating_add(units);
    }
}

/// Takes `lost` units from every item.
fn shrink<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, lost: i32) {
    for count in stock.values_mut() {
        *count = count.saturating_sub(lost);
    }
}

/// Removes every item with 0 units or fewer; returns them sorted by name.
fn sell_out<S: BuildHasher>(stock: &mut HashMap<String, i32, S>) -> Vec<(String, i32)> {
    let mut empty: Vec<(String, i32)> = stock.extract_if(|_item, count| *count <= 0).collect();
    empty.sort_by_key(|(item, _)| item.clone());
    empty
}
