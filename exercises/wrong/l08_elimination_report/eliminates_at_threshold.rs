    // WRONG: `<=`: a score equal to the threshold is eliminated
    // CAUGHT BY: tests::a_score_equal_to_the_threshold_survives
    let eliminated: Vec<(String, i32)> = scores
        .extract_if(|_name, score| *score <= threshold)
        .collect();
    let remaining = scores.len();
    let mut report: Vec<String> = eliminated
        .into_iter()
        .map(|(name, score)| format!("{name} ({score}) is out, {remaining} remain"))
        .collect();
    report.sort();
    report
}
