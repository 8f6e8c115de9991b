    // WRONG: compares in upper case: "vip_bob" becomes a VIP
    // CAUGHT BY: tests::the_prefix_is_case_sensitive
    let vips: Vec<String> = scores
        .keys()
        .filter(|name| name.to_uppercase().starts_with(VIP_PREFIX))
        .cloned()
        .collect();
    for name in vips {
        if let Some(score) = scores.get_mut(&name) {
            *score = score.saturating_add(BONUS);
        }
    }
}
