    // WRONG: `cloned()` on `u64`: right result, strict Clippy refuses it
    // CAUGHT BY: clippy::cloned_instead_of_copied
    let mut promoted: Vec<u64> = scores
        .iter()
        .filter(|&(_, score)| *score >= threshold)
        .map(|(id, _)| id)
        .cloned()
        .collect();
    promoted.sort_unstable();
    promoted
}
