    // WRONG: takes `from` out of the map, changes `to`, puts `from` back: three lookups for a move
    // CAUGHT BY: tests::at_most_two_lookups_per_move
    let mut stations = docks.write();
    let mut moved = 0;
    plan.retain(|step| {
        if step.from == step.to {
            return true;
        }
        let Some((name, bikes)) = stations.remove_entry(&step.from) else {
            return true;
        };
        let mut left = bikes;
        if let Some(to) = stations.get_mut(&step.to) {
            if let (Some(after), Some(docked)) = (bikes.checked_sub(step.bikes), to.checked_add(step.bikes)) {
                left = after;
                *to = docked;
            }
        }
        stations.insert(name, left);
        let done = left != bikes || (step.bikes == 0 && stations.contains_key(&step.to));
        if done {
            moved += u64::from(step.bikes);
        }
        !done
    });
    moved
}
