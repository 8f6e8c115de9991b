    // WRONG: calls `get_disjoint_mut` without checking `from == to`: a move from a station to itself panics
    // CAUGHT BY: tests::bad_moves_are_refused_without_a_panic
    let mut stations = docks.write();
    let mut moved = 0;
    plan.retain(|step| match stations.get_disjoint_mut([&step.from, &step.to]) {
        [Some(from), Some(to)] if *from >= step.bikes && to.checked_add(step.bikes).is_some() => {
            *from -= step.bikes;
            *to += step.bikes;
            moved += u64::from(step.bikes);
            false
        }
        _ => true,
    });
    moved
}
