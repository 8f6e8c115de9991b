    // WRONG: finds the ended seats under a read guard, drops it, then removes them under one write guard: two guards, and another thread may renew a hold in between
    // CAUGHT BY: tests::one_write_guard_for_the_whole_sweep
    let ended: Vec<String> = {
        let seats = holds.read();
        seats
            .iter()
            .filter(|&(_, &ends)| ends <= now)
            .map(|(seat, _)| seat.clone())
            .collect()
    };
    let mut seats = holds.write();
    let mut released = Vec::new();
    for seat in ended {
        if let Some((seat, _)) = seats.remove_entry(&seat) {
            released.push(seat);
        }
    }
    released.sort();
    released
}
