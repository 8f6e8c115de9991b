    // WRONG: `insert`: today's count replaces the running total
    // CAUGHT BY: tests::todays_sales_are_added_to_the_ledger
    for (item, sold) in today.drain() {
        ledger.insert(item, u64::from(sold));
    }
}
