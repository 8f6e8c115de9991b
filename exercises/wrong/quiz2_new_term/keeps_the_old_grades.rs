    // WRONG: `new_term` forgets to reset the grades of the students who stay
    // CAUGHT BY: tests::new_term_keeps_who_passed
    let before = grades.len();
    grades.retain(|_, grade| *grade >= pass);
    before - grades.len()
}

fn graduate<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
    let mut class: Vec<(u32, i32)> = grades.drain().collect();
    class.sort_unstable();
    class
}
