    // WRONG: `or_default()`: new players start at 0, not WELCOME
    // CAUGHT BY: tests::a_new_player_starts_with_the_welcome_points
    scores.entry(name.to_owned()).or_default()
}
