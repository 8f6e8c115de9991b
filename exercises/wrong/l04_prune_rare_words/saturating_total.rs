    // WRONG: a `u32` total that saturates: past u32::MAX it is wrong, and rare words survive
    // CAUGHT BY: tests::big_counts_do_not_overflow
    let total = counts.values().fold(0u32, |sum, count| sum.saturating_add(*count));
    let before = counts.len();
    counts.retain(|_, count| u64::from(*count) * 100 >= u64::from(total));
    before - counts.len()
}
