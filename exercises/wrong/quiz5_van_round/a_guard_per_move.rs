    // WRONG: takes a write guard for each move: it finishes, but the app's threads can see the round half done
    // CAUGHT BY: tests::one_write_guard_for_the_whole_round
    let mut moved = 0;
    plan.retain(|step| {
        if step.from == step.to {
            return true;
        }
        let mut stations = docks.write();
        let [Some(from), Some(to)] = stations.get_disjoint_mut([&step.from, &step.to]) else {
            return true;
        };
        match (from.checked_sub(step.bikes), to.checked_add(step.bikes)) {
            (Some(left), Some(docked)) => {
                *from = left;
                *to = docked;
                moved += u64::from(step.bikes);
                false
            }
            _ => true,
        }
    });
    moved
}
