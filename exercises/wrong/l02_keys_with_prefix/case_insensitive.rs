    // WRONG: lower-cases both sides before comparing
    // CAUGHT BY: tests::the_match_is_case_sensitive
    let prefix = prefix.to_lowercase();
    let mut names: Vec<String> = scores
        .keys()
        .filter(|name| name.to_lowercase().starts_with(&prefix))
        .cloned()
        .collect();
    names.sort();
    names
}
