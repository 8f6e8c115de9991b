    // WRONG: skips items sold 0 times: they never reach the ledger
    // CAUGHT BY: tests::todays_sales_are_added_to_the_ledger
    for (item, sold) in today.drain() {
        if sold > 0 {
            let total = ledger.entry(item).or_insert(0);
            *total = total.saturating_add(u64::from(sold));
        }
    }
}
