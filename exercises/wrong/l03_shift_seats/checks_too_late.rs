    // WRONG: notices the last seat only when it gets there, after the guests above have moved
    // CAUGHT BY: tests::the_last_seat_cannot_move_up
    let mut moving: Vec<u32> = plan.keys().copied().filter(|&seat| seat >= at).collect();
    moving.sort_unstable_by(|a, b| b.cmp(a));
    for seat in moving {
        let Some(next) = seat.checked_add(1) else {
            continue;
        };
        if let Some(guest) = plan.remove(&seat) {
            plan.insert(next, guest);
        }
    }
    !plan.contains_key(&u32::MAX)
}
