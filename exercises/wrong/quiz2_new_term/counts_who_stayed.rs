    // WRONG: `new_term` returns how many students stayed
    // CAUGHT BY: tests::new_term_returns_how_many_left
    grades.retain(|_, grade| {
        let stays = *grade >= pass;
        *grade = 0;
        stays
    });
    grades.len()
}

fn graduate<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
    let mut class: Vec<(u32, i32)> = grades.drain().collect();
    class.sort_unstable();
    class
}
