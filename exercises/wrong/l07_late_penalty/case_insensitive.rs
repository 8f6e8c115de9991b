    // WRONG: matches late names without regard to case: "Ada" pays for "ada"
    // CAUGHT BY: tests::late_students_lose_the_penalty
    if penalty <= 0 {
        return;
    }
    for (student, grade) in grades.iter_mut() {
        if *grade > 0 && late.iter().any(|name| name.eq_ignore_ascii_case(student)) {
            *grade = grade.saturating_sub(penalty).max(0);
        }
    }
}
