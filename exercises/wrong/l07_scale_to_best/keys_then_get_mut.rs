    // WRONG: collects the names, then updates each grade with `get_mut`: a lookup per student
    // CAUGHT BY: tests::no_lookup_and_no_allocation
    let best = grades.values().copied().max().unwrap_or(0);
    if best <= 0 {
        return;
    }
    let names: Vec<String> = grades.keys().cloned().collect();
    for name in names {
        if let Some(grade) = grades.get_mut(&name) {
            let scaled = i64::from(*grade) * 100 / i64::from(best);
            *grade = scaled.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        }
    }
}
