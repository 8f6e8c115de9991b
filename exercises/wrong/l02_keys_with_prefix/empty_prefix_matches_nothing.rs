    // WRONG: special-cases the empty prefix as "no filter given, no result"
    // CAUGHT BY: tests::the_empty_prefix_matches_everyone
    if prefix.is_empty() {
        return Vec::new();
    }
    let mut names: Vec<String> = scores
        .keys()
        .filter(|name| name.starts_with(prefix))
        .cloned()
        .collect();
    names.sort();
    names
}
