    // WRONG: walks `late` and looks each name up in `grades`: a lookup per late name
    // CAUGHT BY: tests::no_lookup_in_grades_and_no_allocation
    if penalty <= 0 {
        return;
    }
    for name in late {
        if let Some(grade) = grades.get_mut(name) {
            if *grade > 0 {
                *grade = grade.saturating_sub(penalty).max(0);
            }
        }
    }
}
