    // WRONG: `graduate` uses `std::mem::take`: the class comes back, the map has capacity 0
    // CAUGHT BY: tests::graduate_keeps_the_capacity
    let before = grades.len();
    grades.retain(|_, grade| {
        let stays = *grade >= pass;
        *grade = 0;
        stays
    });
    before - grades.len()
}

fn graduate<S: BuildHasher + Default>(grades: &mut HashMap<u32, i32, S>) -> Vec<(u32, i32)> {
    let mut class: Vec<(u32, i32)> = std::mem::take(grades).into_iter().collect();
    class.sort_unstable();
    class
}
