    // WRONG: `graduate` returns the class in hash order
    // CAUGHT BY: tests::graduate_returns_everyone_sorted
    let before = grades.len();
    grades.retain(|_, grade| {
        let stays = *grade >= pass;
        *grade = 0;
        stays
    });
    before - grades.len()
}

fn graduate<S: BuildHasher>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
    grades.drain().collect()
}
