    // WRONG: `*total += sold`: panics past u64::MAX in a debug build
    // CAUGHT BY: tests::a_total_stops_at_u64_max
    for (item, sold) in today.drain() {
        *ledger.entry(item).or_insert(0) += u64::from(sold);
    }
}
