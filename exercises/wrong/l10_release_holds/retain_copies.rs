    // WRONG: one write guard and `retain`, whose closure pushes a copy of each ended seat
    // CAUGHT BY: tests::seats_are_moved_and_the_table_kept
    let mut released = Vec::new();
    holds.write().retain(|seat, ends| {
        if *ends <= now {
            released.push(seat.clone());
            false
        } else {
            true
        }
    });
    released.sort();
    released
}
