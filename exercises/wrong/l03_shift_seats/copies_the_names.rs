    // WRONG: rebuilds the plan from a copy of every (seat, name) pair
    // CAUGHT BY: tests::names_are_moved_not_copied
    if plan.contains_key(&u32::MAX) {
        return false;
    }
    let old: Vec<(u32, String)> = plan.iter().map(|(&seat, guest)| (seat, guest.clone())).collect();
    plan.clear();
    for (seat, guest) in old {
        plan.insert(if seat >= at { seat + 1 } else { seat }, guest);
    }
    true
}
