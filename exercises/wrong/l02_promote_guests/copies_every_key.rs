    // WRONG: collects every key, then tests the prefix: a copy of every session key
    // CAUGHT BY: tests::no_guest_no_allocation
    let keys: Vec<String> = sessions.keys().cloned().collect();
    let mut moved = 0;
    for key in keys {
        if let Some(rest) = key.strip_prefix(GUEST) {
            let user = format!("{USER}{rest}");
            if let Some(expires) = sessions.remove(&key) {
                if !sessions.contains_key(&user) {
                    sessions.insert(user, expires);
                    moved += 1;
                }
            }
        }
    }
    moved
}
