    // WRONG: adds the count to the lower-case word, but never removes the capitalised one
    // CAUGHT BY: tests::capitals_fold_into_lower_case
    let capitalised: Vec<(String, u32)> = counts
        .iter()
        .filter(|(word, _)| word.chars().any(char::is_uppercase))
        .map(|(word, count)| (word.to_lowercase(), *count))
        .collect();
    for (lower, count) in capitalised {
        let total = counts.entry(lower).or_insert(0);
        *total = total.saturating_add(count);
    }
}
