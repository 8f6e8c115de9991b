    // WRONG: `seat > at`: the guest in seat `at` stays where the late guest must sit
    // CAUGHT BY: tests::guests_from_the_seat_up_move_one_seat
    if plan.contains_key(&u32::MAX) {
        return false;
    }
    let mut moving: Vec<u32> = plan.keys().copied().filter(|&seat| seat > at).collect();
    moving.sort_unstable_by(|a, b| b.cmp(a));
    for seat in moving {
        if let Some(guest) = plan.remove(&seat) {
            plan.insert(seat + 1, guest);
        }
    }
    true
}
