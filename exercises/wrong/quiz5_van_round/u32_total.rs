    // WRONG: adds the bikes moved up in a `u32`: panics past u32::MAX in a debug build
    // CAUGHT BY: tests::returns_the_bikes_moved
    let mut stations = docks.write();
    let mut moved: u32 = 0;
    plan.retain(|step| {
        if step.from == step.to {
            return true;
        }
        let [Some(from), Some(to)] = stations.get_disjoint_mut([&step.from, &step.to]) else {
            return true;
        };
        let (Some(left), Some(docked)) = (from.checked_sub(step.bikes), to.checked_add(step.bikes)) else {
            return true;
        };
        *from = left;
        *to = docked;
        moved += step.bikes;
        false
    });
    u64::from(moved)
}
