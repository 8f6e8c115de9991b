    // WRONG: adds the id instead of the bonus (`id as i32`)
    // CAUGHT BY: tests::every_id_is_bumped_once
    let ids: Vec<u64> = scores.keys().copied().collect();
    for id in ids {
        if let Some(score) = scores.get_mut(&id) {
            *score = score.saturating_add(i32::try_from(id).unwrap_or(BONUS));
        }
    }
}
