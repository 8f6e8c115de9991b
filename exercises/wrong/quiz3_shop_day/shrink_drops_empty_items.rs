    // WRONG: `shrink` uses `retain` and drops the items that reach 0: that is the job of `sell_out`
    // CAUGHT BY: tests::shrink_takes_from_every_item
    for &(item, units) in deliveries {
        let count = stock.entry(item.to_owned()).or_insert(0);
        *count = count.saturating_add(units);
    }
}

fn shrink<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, lost: i32) {
    stock.retain(|_, count| {
        *count = count.saturating_sub(lost);
        *count > 0
    });
}

fn sell_out<S: BuildHasher>(stock: &mut HashMap<String, i32, S>) -> Vec<(String, i32)> {
    let mut empty: Vec<(String, i32)> = stock.extract_if(|_item, count| *count <= 0).collect();
    empty.sort_unstable();
    empty
}
