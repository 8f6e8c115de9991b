    // WRONG: `min_by_key` on the count alone: a tie goes to whichever item hash order gives first
    // CAUGHT BY: tests::a_tie_goes_to_the_name_that_sorts_first
    let lowest = stock.iter().min_by_key(|(_, count)| **count).map(|(item, _)| item.clone());
    if let Some(item) = lowest {
        if let Some(count) = stock.get_mut(&item) {
            *count = count.saturating_add(amount);
        }
    }
}
