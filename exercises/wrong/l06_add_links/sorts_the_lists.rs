    // WRONG: keeps each list sorted instead of in the order people were followed
    // CAUGHT BY: tests::links_are_appended_in_order
    for &(follower, followed) in links {
        follows.entry(followed.to_owned()).or_default();
        let list = follows.entry(follower.to_owned()).or_default();
        if let Err(at) = list.binary_search_by(|name| name.as_str().cmp(followed)) {
            list.insert(at, followed.to_owned());
        }
    }
}
