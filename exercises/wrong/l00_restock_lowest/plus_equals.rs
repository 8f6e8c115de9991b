    // WRONG: `*count += amount`: panics past i32::MAX in a debug build
    // CAUGHT BY: tests::a_count_stops_at_the_ends_of_the_range
    let mut lowest: Option<(&String, i32)> = None;
    for (item, &count) in stock.iter() {
        let better = match lowest {
            None => true,
            Some((name, low)) => count < low || (count == low && item < name),
        };
        if better {
            lowest = Some((item, count));
        }
    }
    if let Some((item, _)) = lowest {
        let item = item.clone();
        if let Some(count) = stock.get_mut(&item) {
            *count += amount;
        }
    }
}
