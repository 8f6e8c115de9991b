    // WRONG: returns how many words are left, not how many went
    // CAUGHT BY: tests::returns_how_many_words_went
    let total: u64 = counts.values().map(|&count| u64::from(count)).sum();
    counts.retain(|_, count| u64::from(*count) * 100 >= total);
    counts.len()
}
