    // WRONG: restocks every item at the lowest count, not just the first by name
    // CAUGHT BY: tests::a_tie_goes_to_the_name_that_sorts_first
    let Some(&low) = stock.values().min() else {
        return;
    };
    for count in stock.values_mut() {
        if *count == low {
            *count = count.saturating_add(amount);
        }
    }
}
