    // WRONG: `insert(lower, count)`: the count already under the lower-case word is lost
    // CAUGHT BY: tests::words_without_capitals_stay
    let capitalised: Vec<String> = counts
        .keys()
        .filter(|word| word.chars().any(char::is_uppercase))
        .cloned()
        .collect();
    for word in capitalised {
        if let Some(count) = counts.remove(&word) {
            counts.insert(word.to_lowercase(), count);
        }
    }
}
