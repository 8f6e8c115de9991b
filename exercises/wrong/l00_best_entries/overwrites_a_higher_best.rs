    // WRONG: insert() replaces a best that was higher
    // CAUGHT BY: tests::a_higher_best_is_kept
    let bests: Vec<(String, i32)> = scores
        .iter()
        .map(|(name, score)| (format!("{name}_best"), *score))
        .collect();
    for (key, score) in bests {
        scores.insert(key, score);
    }
}
