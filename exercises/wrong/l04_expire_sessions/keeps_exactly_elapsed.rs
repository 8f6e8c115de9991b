    // WRONG: `>=`: a session with exactly `elapsed` seconds left stays, at 0
    // CAUGHT BY: tests::exactly_elapsed_is_the_end
    let before = sessions.len();
    sessions.retain(|_, left| {
        let keep = *left >= elapsed;
        *left = left.saturating_sub(elapsed);
        keep
    });
    before - sessions.len()
}
