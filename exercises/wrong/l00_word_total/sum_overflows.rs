    // WRONG: `Iterator::sum` of `u32`s: panics when the total passes u32::MAX
    // CAUGHT BY: tests::a_sum_past_u32_max_stops_there
    let total: u32 = counts.iter().filter(|(word, _)| *word != TOTAL).map(|(_, count)| count).sum();
    counts.insert(TOTAL.to_owned(), total);
}
