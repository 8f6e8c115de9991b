    // WRONG: loops over a clone of the map so that the original can be written to
    // CAUGHT BY: tests::no_word_is_copied
    counts.insert(TOTAL.to_owned(), 0);
    for (word, count) in counts.clone() {
        if word != TOTAL {
            if let Some(total) = counts.get_mut(TOTAL) {
                *total = total.saturating_add(count);
            }
        }
    }
}
