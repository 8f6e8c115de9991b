    // WRONG: never creates an entry for the followed person
    // CAUGHT BY: tests::both_people_are_in_the_map
    for &(follower, followed) in links {
        let list = follows.entry(follower.to_owned()).or_default();
        if !list.iter().any(|name| name == followed) {
            list.push(followed.to_owned());
        }
    }
}
