    // WRONG: returns how many sessions are left, not how many went
    // CAUGHT BY: tests::returns_how_many_sessions_went
    sessions.retain(|_, left| {
        *left = left.saturating_sub(elapsed);
        *left > 0
    });
    sessions.len()
}
