    // WRONG: moves the guests in hash order
    // CAUGHT BY: tests::a_full_row_moves_together
    if plan.contains_key(&u32::MAX) {
        return false;
    }
    let moving: Vec<u32> = plan.keys().copied().filter(|&seat| seat >= at).collect();
    for seat in moving {
        if let Some(guest) = plan.remove(&seat) {
            plan.insert(seat + 1, guest);
        }
    }
    true
}
