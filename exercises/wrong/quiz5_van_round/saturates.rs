    // WRONG: saturates instead of refusing: a move from a station short of bikes is done anyway, and bikes vanish into a full one
    // CAUGHT BY: tests::refused_moves_stay_for_tomorrow
    let mut stations = docks.write();
    let mut moved = 0;
    plan.retain(|step| {
        if step.from == step.to {
            return true;
        }
        match stations.get_disjoint_mut([&step.from, &step.to]) {
            [Some(from), Some(to)] => {
                *from = from.saturating_sub(step.bikes);
                *to = to.saturating_add(step.bikes);
                moved += u64::from(step.bikes);
                false
            }
            _ => true,
        }
    });
    moved
}
