    // WRONG: an index loop that steps past every move, done or not: the move after a done one is never tried
    // CAUGHT BY: tests::moves_happen_in_plan_order
    let mut stations = docks.write();
    let mut moved = 0;
    let mut i = 0;
    while i < plan.len() {
        let step = &plan[i];
        if step.from != step.to {
            if let [Some(from), Some(to)] = stations.get_disjoint_mut([&step.from, &step.to]) {
                if let (Some(left), Some(docked)) = (from.checked_sub(step.bikes), to.checked_add(step.bikes)) {
                    *from = left;
                    *to = docked;
                    moved += u64::from(step.bikes);
                    plan.remove(i);
                }
            }
        }
        i += 1;
    }
    moved
}
