    // WRONG: compares names the wrong way round on a tie
    // CAUGHT BY: tests::a_tie_goes_to_the_name_that_sorts_first
    let mut lowest: Option<(&String, i32)> = None;
    for (item, &count) in stock.iter() {
        let better = match lowest {
            None => true,
            Some((name, low)) => count < low || (count == low && item > name),
        };
        if better {
            lowest = Some((item, count));
        }
    }
    if let Some((item, _)) = lowest {
        let item = item.clone();
        if let Some(count) = stock.get_mut(&item) {
            *count = count.saturating_add(amount);
        }
    }
}
