    // WRONG: returns the lines in hash order
    // CAUGHT BY: tests::the_lines_come_back_sorted
    let eliminated: Vec<(String, i32)> = scores
        .extract_if(|_name, score| *score < threshold)
        .collect();
    let remaining = scores.len();
    eliminated
        .into_iter()
        .map(|(name, score)| format!("{name} ({score}) is out, {remaining} remain"))
        .collect()
}
