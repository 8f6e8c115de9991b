    // WRONG: walks the plan from the end, so that removing a move shifts only moves already tried: the van drives the plan backwards
    // CAUGHT BY: tests::moves_happen_in_plan_order
    let mut stations = docks.write();
    let mut moved = 0;
    for i in (0..plan.len()).rev() {
        let step = &plan[i];
        if step.from == step.to {
            continue;
        }
        if let [Some(from), Some(to)] = stations.get_disjoint_mut([&step.from, &step.to]) {
            if let (Some(left), Some(docked)) = (from.checked_sub(step.bikes), to.checked_add(step.bikes)) {
                *from = left;
                *to = docked;
                moved += u64::from(step.bikes);
                plan.remove(i);
            }
        }
    }
    moved
}
