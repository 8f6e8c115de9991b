    // WRONG: finds the capitalised words by comparing each word with its `to_lowercase()`: one allocation per word
    // CAUGHT BY: tests::no_capital_no_allocation
    let capitalised: Vec<String> = counts
        .keys()
        .filter(|word| word.to_lowercase() != **word)
        .cloned()
        .collect();
    for word in capitalised {
        let count = counts.remove(&word).unwrap_or(0);
        let total = counts.entry(word.to_lowercase()).or_insert(0);
        *total = total.saturating_add(count);
    }
}
