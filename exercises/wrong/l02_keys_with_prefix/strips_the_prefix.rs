    // WRONG: returns the names without their prefix
    // CAUGHT BY: tests::vip_names_sorted
    let mut names: Vec<String> = scores
        .keys()
        .filter_map(|name| name.strip_prefix(prefix))
        .map(str::to_owned)
        .collect();
    names.sort();
    names
}
