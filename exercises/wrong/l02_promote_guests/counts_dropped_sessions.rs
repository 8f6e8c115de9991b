    // WRONG: returns how many guest sessions there were, the dropped ones included
    // CAUGHT BY: tests::dropped_sessions_are_not_counted
    let guests: Vec<String> = sessions.keys().filter(|key| key.starts_with(GUEST)).cloned().collect();
    let count = guests.len();
    for guest in guests {
        let user = format!("{USER}{}", &guest[GUEST.len()..]);
        if let Some(expires) = sessions.remove(&guest) {
            if !sessions.contains_key(&user) {
                sessions.insert(user, expires);
            }
        }
    }
    count
}
