    // WRONG: `<=`: a score equal to the threshold is eliminated
    // CAUGHT BY: tests::a_score_equal_to_the_threshold_survives
    let mut eliminated: Vec<(String, i32)> = scores
        .extract_if(|_name, score| *score <= threshold)
        .collect();
    eliminated.sort();
    eliminated
}
