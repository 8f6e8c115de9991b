    // WRONG: thinks reserve() takes the total size, not the additional count
    // CAUGHT BY: tests::inserting_the_newcomers_does_not_grow_the_table
    scores.reserve(newcomers.saturating_sub(scores.len()));
}
