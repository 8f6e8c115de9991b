    // WRONG: `count >= total / 100`: integer division rounds the threshold down
    // CAUGHT BY: tests::just_under_one_percent_goes
    let total: u64 = counts.values().map(|&count| u64::from(count)).sum();
    let before = counts.len();
    counts.retain(|_, count| u64::from(*count) >= total / 100);
    before - counts.len()
}
