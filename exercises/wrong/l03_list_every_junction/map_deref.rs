    // WRONG: `map(|j| *j)`: the copy by hand, which Clippy flags as `map_clone`
    // CAUGHT BY: clippy::map_clone
    let missing: Vec<u32> = roads
        .values()
        .flatten()
        .map(|junction| *junction)
        .filter(|junction| !roads.contains_key(junction))
        .collect();
    for junction in missing {
        roads.insert(junction, Vec::new());
    }
}
