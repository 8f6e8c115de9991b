    // WRONG: `graduate` copies the student numbers, then removes each one: a lookup per student
    // CAUGHT BY: tests::graduate_allocates_at_most_twice
    let before = grades.len();
    grades.retain(|_, grade| {
        let stays = *grade >= pass;
        *grade = 0;
        stays
    });
    before - grades.len()
}

fn graduate<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
    let mut numbers: Vec<u32> = grades.keys().copied().collect();
    numbers.sort_unstable();
    let mut class = Vec::with_capacity(numbers.len());
    for n in numbers {
        if let Some(grade) = grades.remove(&n) {
            class.push((n, grade));
        }
    }
    class
}
