    // WRONG: copies today's counts into the ledger and leaves them in today's map too
    // CAUGHT BY: tests::today_is_empty_and_keeps_its_capacity
    for (item, sold) in today.iter() {
        let total = ledger.entry(item.clone()).or_insert(0);
        *total = total.saturating_add(u64::from(*sold));
    }
}
