    // WRONG: `sell_out` takes only negative counts: an item at exactly 0 stays
    // CAUGHT BY: tests::sell_out_returns_the_empty_shelves_sorted
    for &(item, units) in deliveries {
        let count = stock.entry(item.to_owned()).or_insert(0);
        *count = count.saturating_add(units);
    }
}

fn shrink<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, lost: i32) {
    for count in stock.values_mut() {
        *count = count.saturating_sub(lost);
    }
}

fn sell_out<S: BuildHasher>(stock: &mut HashMap<String, i32, S>) -> Vec<(String, i32)> {
    let mut empty: Vec<(String, i32)> = stock.extract_if(|_item, count| *count < 0).collect();
    empty.sort_unstable();
    empty
}
