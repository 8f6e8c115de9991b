    // WRONG: lets the closure read a clone of the map instead of the map
    // CAUGHT BY: tests::no_allocation
    let copy = counts.clone();
    let before = counts.len();
    counts.retain(|_, count| {
        let total: u64 = copy.values().map(|&c| u64::from(c)).sum();
        u64::from(*count) * 100 >= total
    });
    before - counts.len()
}
