    // WRONG: counts down with `values_mut`, then collects the ids that ran out and removes them
    // CAUGHT BY: tests::no_allocation
    for left in sessions.values_mut() {
        *left = left.saturating_sub(elapsed);
    }
    let gone: Vec<String> = sessions.iter().filter(|(_, left)| **left == 0).map(|(id, _)| id.clone()).collect();
    for id in &gone {
        sessions.remove(id);
    }
    gone.len()
}
