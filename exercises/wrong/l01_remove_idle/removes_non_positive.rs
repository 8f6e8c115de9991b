    // WRONG: `<= 0`: negative scores are removed too
    // CAUGHT BY: tests::negative_scores_are_not_idle
    let names: Vec<String> = scores.keys().cloned().collect();
    let mut idle = Vec::new();
    for name in names {
        if scores.get(&name).is_some_and(|score| *score <= 0) {
            scores.remove(&name);
            idle.push(name);
        }
    }
    idle.sort();
    idle
}
