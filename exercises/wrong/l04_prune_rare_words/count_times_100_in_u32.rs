    // WRONG: `*count * 100` in `u32`: panics for a count above u32::MAX / 100
    // CAUGHT BY: tests::big_counts_do_not_overflow
    let total: u64 = counts.values().map(|&count| u64::from(count)).sum();
    let before = counts.len();
    counts.retain(|_, count| u64::from(*count * 100) >= total);
    before - counts.len()
}
