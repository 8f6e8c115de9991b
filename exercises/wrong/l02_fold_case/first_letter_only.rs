    // WRONG: folds only the words that start with a capital: "iPhone" is left alone
    // CAUGHT BY: tests::capitals_fold_into_lower_case
    let capitalised: Vec<String> = counts
        .keys()
        .filter(|word| word.starts_with(char::is_uppercase))
        .cloned()
        .collect();
    for word in capitalised {
        let count = counts.remove(&word).unwrap_or(0);
        let total = counts.entry(word.to_lowercase()).or_insert(0);
        *total = total.saturating_add(count);
    }
}
