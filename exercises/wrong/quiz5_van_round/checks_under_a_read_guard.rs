    // WRONG: checks every move under a read guard kept in a variable, then asks for the write guard: it waits for itself
    // CAUGHT BY: tests::one_write_guard_for_the_whole_round
    let seen = docks.read();
    let known = |name: &String| seen.contains_key(name);
    let worth_a_try = plan.iter().any(|step| known(&step.from) && known(&step.to));
    if !worth_a_try {
        return 0;
    }
    let mut stations = docks.write();
    let mut moved = 0;
    plan.retain(|step| {
        if step.from == step.to {
            return true;
        }
        if let [Some(from), Some(to)] = stations.get_disjoint_mut([&step.from, &step.to]) {
            if let (Some(left), Some(docked)) = (from.checked_sub(step.bikes), to.checked_add(step.bikes)) {
                *from = left;
                *to = docked;
                moved += u64::from(step.bikes);
                return false;
            }
        }
        true
    });
    moved
}
