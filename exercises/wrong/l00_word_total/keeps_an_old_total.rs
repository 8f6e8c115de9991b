    // WRONG: `entry(..).or_insert(total)`: an old TOTAL entry is kept instead of replaced
    // CAUGHT BY: tests::an_old_total_is_replaced_not_counted
    let mut total: u32 = 0;
    for (word, count) in counts.iter() {
        if word != TOTAL {
            total = total.saturating_add(*count);
        }
    }
    counts.entry(TOTAL.to_owned()).or_insert(total);
}
