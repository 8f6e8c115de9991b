    // WRONG: `*score += BONUS` panics at i32::MAX
    // CAUGHT BY: tests::a_vip_at_i32_max_stays_there
    let vips: Vec<String> = scores
        .keys()
        .filter(|name| name.starts_with(VIP_PREFIX))
        .cloned()
        .collect();
    for name in vips {
        if let Some(score) = scores.get_mut(&name) {
            *score += BONUS;
        }
    }
}
