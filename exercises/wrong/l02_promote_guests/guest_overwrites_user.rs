    // WRONG: `insert` with no check: the guest session replaces the user session already there
    // CAUGHT BY: tests::an_existing_user_session_wins
    let guests: Vec<String> = sessions.keys().filter(|key| key.starts_with(GUEST)).cloned().collect();
    let moved = guests.len();
    for guest in guests {
        if let Some(expires) = sessions.remove(&guest) {
            sessions.insert(format!("{USER}{}", &guest[GUEST.len()..]), expires);
        }
    }
    moved
}
