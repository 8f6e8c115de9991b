    // WRONG: `trim_start_matches("guest:")`: "guest:guest:x" loses both prefixes
    // CAUGHT BY: tests::only_the_leading_prefix_is_replaced
    let guests: Vec<String> = sessions.keys().filter(|key| key.starts_with(GUEST)).cloned().collect();
    let mut moved = 0;
    for guest in guests {
        let user = format!("{USER}{}", guest.trim_start_matches(GUEST));
        if let Some(expires) = sessions.remove(&guest) {
            if !sessions.contains_key(&user) {
                sessions.insert(user, expires);
                moved += 1;
            }
        }
    }
    moved
}
