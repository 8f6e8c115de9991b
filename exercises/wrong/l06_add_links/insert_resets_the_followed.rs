    // WRONG: `insert(followed, Vec::new())`: the followed person's own list is wiped
    // CAUGHT BY: tests::both_people_are_in_the_map
    for &(follower, followed) in links {
        if follower != followed {
            follows.insert(followed.to_owned(), Vec::new());
        }
        let list = follows.entry(follower.to_owned()).or_default();
        if !list.iter().any(|name| name == followed) {
            list.push(followed.to_owned());
        }
    }
}
