    // WRONG: copies the low items out, then `retain`s the rest: every name is copied
    // CAUGHT BY: tests::names_are_moved_and_the_table_kept
    let mut low: Vec<(String, i32)> = stock
        .iter()
        .filter(|(_, count)| **count <= floor)
        .map(|(item, count)| (item.clone(), *count))
        .collect();
    stock.retain(|_, count| *count > floor);
    low.sort_unstable();
    let moved = low.len();
    clearance.append(&mut low);
    moved
}
