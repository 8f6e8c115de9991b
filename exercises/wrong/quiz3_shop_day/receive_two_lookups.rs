    // WRONG: `receive` tries `get_mut`, then `insert`s a new item: two lookups for each new item
    // CAUGHT BY: tests::receive_at_most_one_lookup_per_delivery
    for &(item, units) in deliveries {
        match stock.get_mut(item) {
            Some(count) => *count = count.saturating_add(units),
            None => {
                stock.insert(item.to_owned(), units);
            }
        }
    }
}

fn shrink<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, lost: i32) {
    for count in stock.values_mut() {
        *count = count.saturating_sub(lost);
    }
}

fn sell_out<S: BuildHasher>(stock: &mut HashMap<String, i32, S>) -> Vec<(String, i32)> {
    let mut empty: Vec<(String, i32)> = stock.extract_if(|_item, count| *count <= 0).collect();
    empty.sort_unstable();
    empty
}
