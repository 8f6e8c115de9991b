    // WRONG: `new_term` keeps only grades above `pass`: a grade equal to the pass mark fails
    // CAUGHT BY: tests::new_term_keeps_who_passed
    let before = grades.len();
    grades.retain(|_, grade| {
        let stays = *grade > pass;
        *grade = 0;
        stays
    });
    before - grades.len()
}

fn graduate<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
    let mut class: Vec<(u32, i32)> = grades.drain().collect();
    class.sort_unstable();
    class
}
