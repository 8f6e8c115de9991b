    // WRONG: collects every key, then checks each one for capitals: a copy of every word
    // CAUGHT BY: tests::no_capital_no_allocation
    let words: Vec<String> = counts.keys().cloned().collect();
    for word in words {
        if word.chars().any(char::is_uppercase) {
            let count = counts.remove(&word).unwrap_or(0);
            let total = counts.entry(word.to_lowercase()).or_insert(0);
            *total = total.saturating_add(count);
        }
    }
}
