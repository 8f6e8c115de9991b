    // WRONG: sums the counts into a `u32`: panics when the total passes u32::MAX
    // CAUGHT BY: tests::big_counts_do_not_overflow
    let total: u32 = counts.values().sum();
    let before = counts.len();
    counts.retain(|_, count| u64::from(*count) * 100 >= u64::from(total));
    before - counts.len()
}
