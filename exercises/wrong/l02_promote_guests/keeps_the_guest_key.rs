    // WRONG: inserts the user session, but never removes the guest one
    // CAUGHT BY: tests::guest_sessions_become_user_sessions
    let guests: Vec<(String, u64)> = sessions
        .iter()
        .filter(|(key, _)| key.starts_with(GUEST))
        .map(|(key, expires)| (key.clone(), *expires))
        .collect();
    let mut moved = 0;
    for (guest, expires) in guests {
        let user = format!("{USER}{}", &guest[GUEST.len()..]);
        if !sessions.contains_key(&user) {
            sessions.insert(user, expires);
            moved += 1;
        }
    }
    moved
}
