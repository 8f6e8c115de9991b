    // WRONG: `.max(0)` on every late grade: a grade already below 0 is raised to 0
    // CAUGHT BY: tests::the_penalty_stops_at_zero
    if penalty <= 0 {
        return;
    }
    for (student, grade) in grades.iter_mut() {
        if late.contains(student) {
            *grade = grade.saturating_sub(penalty).max(0);
        }
    }
}
