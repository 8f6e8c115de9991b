    // WRONG: divides before multiplying: every grade becomes 0 or 100
    // CAUGHT BY: tests::grades_become_percent_of_the_best
    let best = grades.values().copied().max().unwrap_or(0);
    if best > 0 {
        for grade in grades.values_mut() {
            *grade = *grade / best * 100;
        }
    }
}
