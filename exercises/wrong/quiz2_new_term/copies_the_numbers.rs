    // WRONG: `new_term` collects the student numbers that failed, then removes them one by one
    // CAUGHT BY: tests::new_term_allocates_and_looks_up_nothing
    let failed: Vec<u32> = grades.iter().filter(|(_, grade)| **grade < pass).map(|(n, _)| *n).collect();
    for n in &failed {
        grades.remove(n);
    }
    for grade in grades.values_mut() {
        *grade = 0;
    }
    failed.len()
}

fn graduate<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
    let mut class: Vec<(u32, i32)> = grades.drain().collect();
    class.sort_unstable();
    class
}
