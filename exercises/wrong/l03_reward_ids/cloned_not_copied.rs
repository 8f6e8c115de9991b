    // WRONG: `cloned()` on `u64` keys: right result, but rustlings' strict Clippy refuses it
    // CAUGHT BY: clippy::cloned_instead_of_copied
    let ids: Vec<u64> = scores.keys().cloned().collect();
    for id in ids {
        if let Some(score) = scores.get_mut(&id) {
            *score = score.saturating_add(BONUS);
        }
    }
}
