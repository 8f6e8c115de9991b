    // WRONG: `*count -= units`: panics past either end of the range in a debug build
    // CAUGHT BY: tests::a_count_stops_at_the_ends_of_the_range
    for &(item, units) in sales {
        if let Some(count) = stock.get_mut(item) {
            *count -= units;
        }
    }
}
