    // WRONG: forgets the floor: a large penalty takes a grade below 0
    // CAUGHT BY: tests::the_penalty_stops_at_zero
    if penalty <= 0 {
        return;
    }
    for (student, grade) in grades.iter_mut() {
        if *grade > 0 && late.contains(student) {
            *grade = grade.saturating_sub(penalty);
        }
    }
}
