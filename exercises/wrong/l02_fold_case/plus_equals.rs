    // WRONG: `*total += count`: panics past u32::MAX in a debug build
    // CAUGHT BY: tests::a_sum_past_u32_max_stops_there
    let capitalised: Vec<String> = counts
        .keys()
        .filter(|word| word.chars().any(char::is_uppercase))
        .cloned()
        .collect();
    for word in capitalised {
        let count = counts.remove(&word).unwrap_or(0);
        *counts.entry(word.to_lowercase()).or_insert(0) += count;
    }
}
