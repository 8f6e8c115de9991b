    // WRONG: `get_mut` for the follower, `insert` when missing: two lookups for a new follower, three with the followed
    // CAUGHT BY: tests::at_most_two_lookups_per_link
    for &(follower, followed) in links {
        follows.entry(followed.to_owned()).or_default();
        match follows.get_mut(follower) {
            Some(list) => {
                if !list.iter().any(|name| name == followed) {
                    list.push(followed.to_owned());
                }
            }
            None => {
                follows.insert(follower.to_owned(), vec![followed.to_owned()]);
            }
        }
    }
}
