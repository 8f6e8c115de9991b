    // WRONG: walks `today.iter()`, copies each name into the ledger, then `clear()`s
    // CAUGHT BY: tests::names_are_moved_not_copied
    for (item, sold) in today.iter() {
        let total = ledger.entry(item.clone()).or_insert(0);
        *total = total.saturating_add(u64::from(*sold));
    }
    today.clear();
}
