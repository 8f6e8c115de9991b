    // WRONG: `shrink` collects the item names and updates each with `get_mut`: a lookup per item
    // CAUGHT BY: tests::shrink_no_lookup_no_allocation
    for &(item, units) in deliveries {
        let count = stock.entry(item.to_owned()).or_insert(0);
        *count = count.saturating_add(units);
    }
}

fn shrink<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, lost: i32) {
    let items: Vec<String> = stock.keys().cloned().collect();
    for item in items {
        if let Some(count) = stock.get_mut(&item) {
            *count = count.saturating_sub(lost);
        }
    }
}

fn sell_out<S: BuildHasher>(stock: &mut HashMap<String, i32, S>) -> Vec<(String, i32)> {
    let mut empty: Vec<(String, i32)> = stock.extract_if(|_item, count| *count <= 0).collect();
    empty.sort_unstable();
    empty
}
