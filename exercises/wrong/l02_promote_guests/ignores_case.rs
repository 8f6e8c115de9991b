    // WRONG: compares the prefix in lower case: "Guest:a" and "GUEST:b" move too
    // CAUGHT BY: tests::only_the_exact_prefix_counts
    let guests: Vec<String> = sessions
        .keys()
        .filter(|key| key.to_lowercase().starts_with(GUEST))
        .cloned()
        .collect();
    let mut moved = 0;
    for guest in guests {
        let user = format!("{USER}{}", &guest[GUEST.len()..]);
        if let Some(expires) = sessions.remove(&guest) {
            if !sessions.contains_key(&user) {
                sessions.insert(user, expires);
                moved += 1;
            }
        }
    }
    moved
}
