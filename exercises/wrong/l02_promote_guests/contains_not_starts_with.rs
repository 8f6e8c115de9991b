    // WRONG: `contains("guest:")`: "xguest:d" moves too
    // CAUGHT BY: tests::only_the_exact_prefix_counts
    let guests: Vec<String> = sessions.keys().filter(|key| key.contains(GUEST)).cloned().collect();
    let mut moved = 0;
    for guest in guests {
        let user = guest.replacen(GUEST, USER, 1);
        if let Some(expires) = sessions.remove(&guest) {
            if !sessions.contains_key(&user) {
                sessions.insert(user, expires);
                moved += 1;
            }
        }
    }
    moved
}
