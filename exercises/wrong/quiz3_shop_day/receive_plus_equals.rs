    // WRONG: `receive`: `+=` panics past i32::MAX in a debug build
    // CAUGHT BY: tests::receive_stops_at_the_ends_of_the_range
    for &(item, units) in deliveries {
        *stock.entry(item.to_owned()).or_insert(0) += units;
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
