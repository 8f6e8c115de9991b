    // WRONG: keeps the stub's loop and asks with `try_write`: it never blocks, and never releases a seat either
    // CAUGHT BY: tests::holds_ended_by_now_are_released
    let mut released = Vec::new();
    for (seat, &ends) in holds.read().iter() {
        if ends <= now {
            if let Ok(mut seats) = holds.seats.try_write() {
                seats.remove(seat);
                released.push(seat.clone());
            }
        }
    }
    released.sort();
    released
}
