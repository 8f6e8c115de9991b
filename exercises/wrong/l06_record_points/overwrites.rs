    // WRONG: `insert`: each event replaces the score instead of adding to it
    // CAUGHT BY: tests::events_add_up
    for &(player, points) in events {
        scores.insert(player.to_owned(), points);
    }
}
