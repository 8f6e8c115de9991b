    // WRONG: searches a clone of the whole map, so the original is free to change
    // CAUGHT BY: tests::at_most_one_allocation
    let snapshot = stock.clone();
    let mut lowest: Option<(&String, i32)> = None;
    for (item, &count) in &snapshot {
        let better = match lowest {
            None => true,
            Some((name, low)) => count < low || (count == low && item < name),
        };
        if better {
            lowest = Some((item, count));
        }
    }
    if let Some((item, _)) = lowest {
        if let Some(count) = stock.get_mut(item) {
            *count = count.saturating_add(amount);
        }
    }
}
