    // WRONG: `*score += BONUS` panics at i32::MAX
    // CAUGHT BY: tests::a_score_at_i32_max_stays_there
    let mut markers = Vec::with_capacity(scores.len());
    for (name, score) in scores.iter_mut() {
        *score += BONUS;
        markers.push(format!("{name}_bonus"));
    }
    for marker in markers {
        scores.entry(marker).or_insert(MARKER);
    }
}
