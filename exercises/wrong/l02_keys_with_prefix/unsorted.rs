    // WRONG: returns the names in hash order
    // CAUGHT BY: tests::the_names_come_back_sorted
    scores
        .keys()
        .filter(|name| name.starts_with(prefix))
        .cloned()
        .collect()
}
