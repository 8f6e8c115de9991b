    // WRONG: `contains`: "Bob_VIP_" becomes a VIP
    // CAUGHT BY: tests::the_prefix_must_be_at_the_start
    let vips: Vec<String> = scores
        .keys()
        .filter(|name| name.contains(VIP_PREFIX))
        .cloned()
        .collect();
    for name in vips {
        if let Some(score) = scores.get_mut(&name) {
            *score = score.saturating_add(BONUS);
        }
    }
}
