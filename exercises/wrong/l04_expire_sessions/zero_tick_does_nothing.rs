    // WRONG: returns at once on a tick of 0 seconds: sessions already at 0 stay
    // CAUGHT BY: tests::exactly_elapsed_is_the_end
    if elapsed == 0 {
        return 0;
    }
    let before = sessions.len();
    sessions.retain(|_, left| {
        *left = left.saturating_sub(elapsed);
        *left > 0
    });
    before - sessions.len()
}
