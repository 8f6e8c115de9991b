    // WRONG: reads both counts with `get`, then writes each with `get_mut`: four lookups for a move
    // CAUGHT BY: tests::at_most_two_lookups_per_move
    let mut stations = docks.write();
    let mut moved = 0;
    plan.retain(|step| {
        if step.from == step.to {
            return true;
        }
        let (Some(&from), Some(&to)) = (stations.get(&step.from), stations.get(&step.to)) else {
            return true;
        };
        let (Some(left), Some(docked)) = (from.checked_sub(step.bikes), to.checked_add(step.bikes)) else {
            return true;
        };
        *stations.get_mut(&step.from).unwrap() = left;
        *stations.get_mut(&step.to).unwrap() = docked;
        moved += u64::from(step.bikes);
        false
    });
    moved
}
