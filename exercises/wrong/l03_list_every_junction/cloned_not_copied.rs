    // WRONG: `cloned()` on `u32`s: the right junctions, but strict Clippy refuses it
    // CAUGHT BY: clippy::cloned_instead_of_copied
    let missing: Vec<u32> = roads
        .values()
        .flatten()
        .cloned()
        .filter(|junction| !roads.contains_key(junction))
        .collect();
    for junction in missing {
        roads.insert(junction, Vec::new());
    }
}
