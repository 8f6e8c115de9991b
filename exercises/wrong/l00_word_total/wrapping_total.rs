    // WRONG: `wrapping_add`: a total past u32::MAX starts again from 0
    // CAUGHT BY: tests::a_sum_past_u32_max_stops_there
    let mut total: u32 = 0;
    for (word, count) in counts.iter() {
        if word != TOTAL {
            total = total.wrapping_add(*count);
        }
    }
    counts.insert(TOTAL.to_owned(), total);
}
