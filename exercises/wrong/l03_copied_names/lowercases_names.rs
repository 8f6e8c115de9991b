    // WRONG: `to_lowercase()` to get owned names: "Émile" comes back as "émile"
    // CAUGHT BY: tests::names_come_back_as_written
    let mut names: Vec<String> = scores
        .iter()
        .filter(|&(_, score)| *score >= threshold)
        .map(|(name, _)| name.to_lowercase())
        .collect();
    names.sort();
    names
}
