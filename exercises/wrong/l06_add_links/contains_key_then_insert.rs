    // WRONG: `contains_key` then `insert` for the followed person: three lookups for a link to someone new
    // CAUGHT BY: tests::at_most_two_lookups_per_link
    for &(follower, followed) in links {
        if !follows.contains_key(followed) {
            follows.insert(followed.to_owned(), Vec::new());
        }
        let list = follows.entry(follower.to_owned()).or_default();
        if !list.iter().any(|name| name == followed) {
            list.push(followed.to_owned());
        }
    }
}
