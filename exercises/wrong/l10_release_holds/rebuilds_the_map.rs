    // WRONG: one write guard, but splits the holds with `mem::take` and `partition`: the holds that stay get a new table
    // CAUGHT BY: tests::seats_are_moved_and_the_table_kept
    let mut seats = holds.write();
    let (ended, kept): (HashMap<String, u64>, HashMap<String, u64>) =
        std::mem::take(&mut *seats).into_iter().partition(|&(_, ends)| ends <= now);
    *seats = kept;
    let mut released: Vec<String> = ended.into_keys().collect();
    released.sort();
    released
}
