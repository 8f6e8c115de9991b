    // WRONG: rounds to the nearest whole number instead of truncating toward zero
    // CAUGHT BY: tests::grades_become_percent_of_the_best
    let best = grades.values().copied().max().unwrap_or(0);
    if best > 0 {
        for grade in grades.values_mut() {
            let scaled = (f64::from(*grade) * 100.0 / f64::from(best)).round();
            *grade = scaled as i32;
        }
    }
}
