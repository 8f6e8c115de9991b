    // WRONG: `> total`: a word at exactly 1 % is removed
    // CAUGHT BY: tests::exactly_one_percent_stays
    let total: u64 = counts.values().map(|&count| u64::from(count)).sum();
    let before = counts.len();
    counts.retain(|_, count| u64::from(*count) * 100 > total);
    before - counts.len()
}
