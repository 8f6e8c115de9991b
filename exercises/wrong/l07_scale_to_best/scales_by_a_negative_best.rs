    // WRONG: guards only against 0: a negative best grade flips every sign
    // CAUGHT BY: tests::no_positive_best_changes_nothing
    let best = grades.values().copied().max().unwrap_or(0);
    if best != 0 {
        for grade in grades.values_mut() {
            let scaled = i64::from(*grade) * 100 / i64::from(best);
            *grade = scaled.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        }
    }
}
