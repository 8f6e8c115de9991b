    // WRONG: takes the map out with `std::mem::take` to read it freely: the right pairs, capacity 0
    // CAUGHT BY: tests::the_map_is_empty_and_keeps_its_capacity
    let pages = std::mem::take(links);
    let mut pairs = Vec::new();
    for (from, targets) in &pages {
        for to in targets {
            if pages.contains_key(to) {
                pairs.push((from.clone(), to.clone()));
            }
        }
    }
    pairs.sort();
    pairs
}
