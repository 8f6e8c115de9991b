    // WRONG: no guard for a penalty below 0: a negative penalty raises the grade
    // CAUGHT BY: tests::a_penalty_of_zero_or_less_changes_nothing
    for (student, grade) in grades.iter_mut() {
        if late.contains(student) {
            *grade = grade.saturating_sub(penalty).max(0);
        }
    }
}
