// Lesson 06 (the entry API): implement `add_links`.
//
// Read: lessons/lesson-06/src/lib.rs, "The fix: one lookup with `entry`",
//       "Getting the score back" and "Why it works: the entry holds the map"
// Run:  cargo run -p lesson-06   (from the repository root)
//
// A social network stores who follows whom: person -> the people they
// follow, in the order they followed them. A batch of new (follower,
// followed) links arrives.
//
// Rules (each is checked by the test named after it):
// - each link appends `followed` to the end of `follower`'s list, in batch
//   order (`tests::links_are_appended_in_order`);
// - a list never names a person twice: a link already there is skipped
//   (`tests::a_link_is_listed_once`);
// - both people are in the map afterwards: someone new gets an empty list,
//   and a list already there is kept (`tests::both_people_are_in_the_map`);
// - someone may follow themself, once (`tests::a_self_link_is_listed_once`);
// - at most two lookups per link (`tests::at_most_two_lookups_per_link`).
//
// The tests call `add_links` as it is declared below (the map's hasher is a
// type parameter, so that a test can count the lookups), and compare it with
// a plain model on 300 generated networks. Stuck? `rustlings hint l06_add_links`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Adds every (follower, followed) link of `links` to `follows`.
fn add_links<S: BuildHasher>(
    follows: &mut HashMap<String, Vec<String>, S>,
    links: &[(&str, &str)],
) {
    // TODO: implement the job and the rules above.
    for &(follower, followed) in links {
        follows.entry(followed.to_owned()).or_default();
        let list = follows.entry(follower.to_owned()).or_default();
        if !list.iter().any(|name| name == followed) {
            list.push(followed.to_owned());
        }
    }
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
#[path = "../../support/harness.rs"]
mod harness;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::harness::{Gen, NAMES, check, counted, lists, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn links_are_appended_in_order() {
        let mut follows = lists(&[("ada", &["bob"]), ("bob", &[]), ("cy", &[]), ("dé", &[])]);
        add_links(
            &mut follows,
            &[("ada", "dé"), ("ada", "cy"), ("bob", "ada")],
        );
        assert_eq!(
            follows,
            lists(&[
                ("ada", &["bob", "dé", "cy"]),
                ("bob", &["ada"]),
                ("cy", &[]),
                ("dé", &[])
            ]),
            "ada's new links go at the end of her list, in the order they came (dé, then cy); \
             bob's list gets ada"
        );
    }

    #[test]
    fn a_link_is_listed_once() {
        let mut follows = lists(&[("ada", &["bob"]), ("bob", &[])]);
        add_links(
            &mut follows,
            &[
                ("ada", "bob"),
                ("bob", "ada"),
                ("bob", "ada"),
                ("ada", "Bob"),
            ],
        );
        assert_eq!(
            follows,
            lists(&[("ada", &["bob", "Bob"]), ("bob", &["ada"]), ("Bob", &[])]),
            "a link already listed is not added again (ada -> bob, bob -> ada twice); \
             \"Bob\" is another person: listed, and given an entry of his own"
        );
    }

    #[test]
    fn both_people_are_in_the_map() {
        let mut follows = lists(&[("ada", &[]), ("字", &["ada"])]);
        add_links(&mut follows, &[("new", "字"), ("ada", "newer")]);
        assert_eq!(
            follows,
            lists(&[
                ("ada", &["newer"]),
                ("字", &["ada"]),
                ("new", &["字"]),
                ("newer", &[])
            ]),
            "both people of every link must be in the map: \"new\" (a follower) gets a list \
             with 字, \"newer\" (followed) gets an empty list"
        );
    }

    #[test]
    fn a_self_link_is_listed_once() {
        let mut follows = HashMap::new();
        add_links(&mut follows, &[("me", "me"), ("me", "me"), ("", "")]);
        assert_eq!(
            follows,
            lists(&[("me", &["me"]), ("", &[""])]),
            "a person who follows themself is in the map once, listing themself once"
        );
    }

    #[test]
    fn at_most_two_lookups_per_link() {
        let links = [
            ("ada", "bob"),
            ("cy", "dé"),
            ("ada", "cy"),
            ("dé", "dé"),
            ("ada", "bob"),
        ];
        let mut follows = counted([("ada".to_owned(), vec![])], 8);
        add_links(&mut follows, &links);
        assert!(
            follows.hasher().hashes() <= 2 * links.len(),
            "{} lookups for {} links; at most two per link are allowed",
            follows.hasher().hashes(),
            links.len()
        );
        assert_eq!(
            follows.len(),
            4,
            "ada, bob, cy and dé must all be in the map"
        );
    }

    fn model(
        lists: &[(String, Vec<String>)],
        links: &[(String, String)],
    ) -> BTreeMap<String, Vec<String>> {
        let mut follows: BTreeMap<String, Vec<String>> = lists.iter().cloned().collect();
        for (follower, followed) in links {
            follows.entry(followed.clone()).or_default();
            let list = follows.entry(follower.clone()).or_default();
            if !list.contains(followed) {
                list.push(followed.clone());
            }
        }
        follows
    }

    #[test]
    fn matches_the_model_on_many_networks() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let people: Vec<String> = (0..n + 2).map(|_| g.name(NAMES)).collect();
                let lists = g.board(
                    n,
                    |g| g.pick(&people),
                    |g| {
                        let mut list: Vec<String> = Vec::new();
                        for _ in 0..g.below(4) {
                            let who = g.pick(&people);
                            if !list.contains(&who) {
                                list.push(who);
                            }
                        }
                        list
                    },
                );
                let k = g.size();
                let links: Vec<(String, String)> =
                    (0..k).map(|_| (g.pick(&people), g.pick(&people))).collect();
                (lists, links)
            },
            |(lists, links)| {
                let mut follows: HashMap<String, Vec<String>> = lists.iter().cloned().collect();
                let borrowed: Vec<(&str, &str)> = links
                    .iter()
                    .map(|(a, b)| (a.as_str(), b.as_str()))
                    .collect();
                add_links(&mut follows, &borrowed);
                same("follows", sorted(&follows), model(&lists, &links))
            },
        );
    }
}
