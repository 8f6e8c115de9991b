    // WRONG: `to_ascii_lowercase`: "ÉTÉ" becomes "ÉtÉ", not "été"
    // CAUGHT BY: tests::capitals_fold_into_lower_case
    let capitalised: Vec<String> = counts
        .keys()
        .filter(|word| word.chars().any(|c| c.is_ascii_uppercase()))
        .cloned()
        .collect();
    for word in capitalised {
        let count = counts.remove(&word).unwrap_or(0);
        let total = counts.entry(word.to_ascii_lowercase()).or_insert(0);
        *total = total.saturating_add(count);
    }
}
