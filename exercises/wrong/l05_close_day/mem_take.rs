    // WRONG: `std::mem::take(today)`: the right ledger, but today's map comes back with capacity 0
    // CAUGHT BY: tests::today_is_empty_and_keeps_its_capacity
    for (item, sold) in std::mem::take(today) {
        let total = ledger.entry(item).or_insert(0);
        *total = total.saturating_add(u64::from(sold));
    }
}
