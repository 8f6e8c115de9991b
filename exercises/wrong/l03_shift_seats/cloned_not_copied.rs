    // WRONG: `cloned()` on `u32`s: the right plan, but strict Clippy refuses it
    // CAUGHT BY: clippy::cloned_instead_of_copied
    if plan.contains_key(&u32::MAX) {
        return false;
    }
    let mut moving: Vec<u32> = plan.keys().cloned().filter(|&seat| seat >= at).collect();
    moving.sort_unstable_by(|a, b| b.cmp(a));
    for seat in moving {
        if let Some(guest) = plan.remove(&seat) {
            plan.insert(seat + 1, guest);
        }
    }
    true
}
