    // WRONG: moves the lowest seat first: in a full row each guest lands on the next one, who is lost
    // CAUGHT BY: tests::a_full_row_moves_together
    if plan.contains_key(&u32::MAX) {
        return false;
    }
    let mut moving: Vec<u32> = plan.keys().copied().filter(|&seat| seat >= at).collect();
    moving.sort_unstable();
    for seat in moving {
        if let Some(guest) = plan.remove(&seat) {
            plan.insert(seat + 1, guest);
        }
    }
    true
}
