    // WRONG: `wrapping_add(1)` and no check: the guest in the last seat wraps round to seat 0
    // CAUGHT BY: tests::the_last_seat_cannot_move_up
    let mut moving: Vec<u32> = plan.keys().copied().filter(|&seat| seat >= at).collect();
    moving.sort_unstable_by(|a, b| b.cmp(a));
    for seat in moving {
        if let Some(guest) = plan.remove(&seat) {
            plan.insert(seat.wrapping_add(1), guest);
        }
    }
    true
}
