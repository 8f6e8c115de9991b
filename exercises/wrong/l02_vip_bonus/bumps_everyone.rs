    // WRONG: drops the filter while fixing the borrow
    // CAUGHT BY: tests::only_vips_earn_the_bonus
    let names: Vec<String> = scores.keys().cloned().collect();
    for name in names {
        if let Some(score) = scores.get_mut(&name) {
            *score = score.saturating_add(BONUS);
        }
    }
}
