    // WRONG: builds the list of moves that stay with clones, then puts it in place of the plan
    // CAUGHT BY: tests::no_allocation_and_the_plan_kept
    let mut stations = docks.write();
    let mut moved = 0;
    let mut tomorrow = Vec::new();
    for step in plan.iter() {
        let done = step.from != step.to
            && match stations.get_disjoint_mut([&step.from, &step.to]) {
                [Some(from), Some(to)] => match (from.checked_sub(step.bikes), to.checked_add(step.bikes)) {
                    (Some(left), Some(docked)) => {
                        *from = left;
                        *to = docked;
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
        if done {
            moved += u64::from(step.bikes);
        } else {
            tomorrow.push(step.clone());
        }
    }
    *plan = tomorrow;
    moved
}
