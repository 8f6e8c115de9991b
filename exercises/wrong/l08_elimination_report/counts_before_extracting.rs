    // WRONG: reads `len()` before the extraction: counts the eliminated too
    // CAUGHT BY: tests::eliminated_players_are_reported
    let remaining = scores.len();
    let mut report: Vec<String> = scores
        .extract_if(|_name, score| *score < threshold)
        .map(|(name, score)| format!("{name} ({score}) is out, {remaining} remain"))
        .collect();
    report.sort();
    report
}
