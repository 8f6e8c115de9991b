    // WRONG: mem::take to dodge the borrow, then forgets to put the players back
    // CAUGHT BY: tests::every_player_gets_a_best_entry
    let old = std::mem::take(scores);
    for (name, score) in old {
        let best = scores.entry(format!("{name}_best")).or_insert(score);
        *best = (*best).max(score);
    }
}
