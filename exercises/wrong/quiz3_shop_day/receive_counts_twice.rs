    // WRONG: `receive`: `or_insert(units)` and then adds `units` again: a new item starts at twice the delivery
    // CAUGHT BY: tests::receive_adds_up
    for &(item, units) in deliveries {
        let count = stock.entry(item.to_owned()).or_insert(units);
        *count = count.saturating_add(units);
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
