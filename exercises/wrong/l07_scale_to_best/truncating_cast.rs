    // WRONG: `as i32` on the `i64` result: out-of-range results wrap instead of stopping at the ends
    // CAUGHT BY: tests::no_overflow_at_the_ends_of_the_range
    let best = grades.values().copied().max().unwrap_or(0);
    if best > 0 {
        for grade in grades.values_mut() {
            *grade = (i64::from(*grade) * 100 / i64::from(best)) as i32;
        }
    }
}
