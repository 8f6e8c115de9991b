    // WRONG: sorts by score, best first, instead of by name
    // CAUGHT BY: tests::the_standings_are_sorted_by_name
    let mut standings: Vec<(String, i32)> = scores.drain().collect();
    standings.sort_by(|a, b| b.1.cmp(&a.1));
    standings
}
