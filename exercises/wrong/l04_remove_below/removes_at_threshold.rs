    // WRONG: `>`: a score equal to the threshold is removed
    // CAUGHT BY: tests::a_score_equal_to_the_threshold_stays
    let before = scores.len();
    scores.retain(|_name, score| *score > threshold);
    before - scores.len()
}
