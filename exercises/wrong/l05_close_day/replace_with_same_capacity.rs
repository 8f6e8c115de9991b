    // WRONG: swaps in a new map of the same capacity (`std::mem::replace` with `HashMap::with_capacity`): `capacity()` matches, but the old table is freed and a new one allocated
    // CAUGHT BY: tests::today_keeps_its_own_table
    let capacity = today.capacity();
    let old = std::mem::replace(today, HashMap::with_capacity(capacity));
    for (item, sold) in old {
        let total = ledger.entry(item).or_insert(0);
        *total = total.saturating_add(u64::from(sold));
    }
}
