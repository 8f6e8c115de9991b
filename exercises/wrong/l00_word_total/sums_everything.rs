    // WRONG: sums every value, the old TOTAL entry included
    // CAUGHT BY: tests::an_old_total_is_replaced_not_counted
    let total = stock_sum(counts);
    counts.insert(TOTAL.to_owned(), total);
}

fn stock_sum(counts: &HashMap<String, u32>) -> u32 {
    counts.values().fold(0, |sum, count| sum.saturating_add(*count))
}
