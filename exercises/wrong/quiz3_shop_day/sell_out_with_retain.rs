    // WRONG: `sell_out` copies the empty shelves out, then `retain`s: every name is copied
    // CAUGHT BY: tests::sell_out_moves_names_and_keeps_the_table
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
    let mut empty: Vec<(String, i32)> =
        stock.iter().filter(|(_, count)| **count <= 0).map(|(item, count)| (item.clone(), *count)).collect();
    stock.retain(|_, count| *count > 0);
    empty.sort_unstable();
    empty
}
