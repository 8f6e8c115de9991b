    // WRONG: appends without checking the list: a link given twice is listed twice
    // CAUGHT BY: tests::a_link_is_listed_once
    for &(follower, followed) in links {
        follows.entry(followed.to_owned()).or_default();
        follows.entry(follower.to_owned()).or_default().push(followed.to_owned());
    }
}
