    // WRONG: returns the names in hash order
    // CAUGHT BY: tests::the_names_come_back_sorted
    let names: Vec<String> = scores.keys().cloned().collect();
    let mut idle = Vec::new();
    for name in names {
        if scores.get(&name) == Some(&0) {
            scores.remove(&name);
            idle.push(name);
        }
    }
    idle
}
