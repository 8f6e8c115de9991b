    // WRONG: `saturating_mul(100)` before dividing: a large grade is clipped before the division
    // CAUGHT BY: tests::no_overflow_at_the_ends_of_the_range
    let best = grades.values().copied().max().unwrap_or(0);
    if best > 0 {
        for grade in grades.values_mut() {
            *grade = grade.saturating_mul(100) / best;
        }
    }
}
