    // WRONG: copies the name of each new lowest item during the search: one allocation per improvement
    // CAUGHT BY: tests::at_most_one_allocation
    let mut lowest: Option<(String, i32)> = None;
    for (item, &count) in stock.iter() {
        let better = match &lowest {
            None => true,
            Some((name, low)) => count < *low || (count == *low && item < name),
        };
        if better {
            lowest = Some((item.clone(), count));
        }
    }
    if let Some((item, _)) = lowest {
        if let Some(count) = stock.get_mut(&item) {
            *count = count.saturating_add(amount);
        }
    }
}
