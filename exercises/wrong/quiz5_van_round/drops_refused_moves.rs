    // WRONG: drives the whole plan with `drain(..)`: refused moves are dropped instead of kept for tomorrow
    // CAUGHT BY: tests::refused_moves_stay_for_tomorrow
    let mut stations = docks.write();
    let mut moved = 0;
    for step in plan.drain(..) {
        if step.from == step.to {
            continue;
        }
        if let [Some(from), Some(to)] = stations.get_disjoint_mut([&step.from, &step.to]) {
            if let (Some(left), Some(docked)) = (from.checked_sub(step.bikes), to.checked_add(step.bikes)) {
                *from = left;
                *to = docked;
                moved += u64::from(step.bikes);
            }
        }
    }
    moved
}
