// Lesson 05 (`drain`): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-05/src/lib.rs, "The fix" and "No list of keys"
// Run:  cargo run -p lesson-05   (from the repository root)
//
// A crawler collects links in a map: page -> the pages it links to (no
// list names a page twice). Every night the map is flushed into a list of
// (from, to) pairs, and emptied to collect the next day's links. A link to
// a page that the crawler has not visited (a page with no entry of its own)
// is dropped.
//
// Rules (each is checked by the test named after it):
// - every link from a page to a visited page becomes a (from, to) pair,
//   and the pairs come back sorted, by `from` and then by `to`
//   (`tests::links_become_sorted_pairs`);
// - a link to a page with no entry is dropped
//   (`tests::links_to_unvisited_pages_are_dropped`);
// - a page that links to itself keeps that pair (`tests::a_self_link_is_kept`);
// - the map is empty afterwards and keeps its capacity
//   (`tests::the_map_is_empty_and_keeps_its_capacity`);
// - a page name is copied only to go into a returned pair, never to find
//   out which pages were visited: when no link joins two visited pages, the
//   call copies no name at all (`tests::no_name_is_copied_to_find_the_visited_pages`).
//
// The tests call `flush_links` as it is declared below, and compare it with
// a plain model on 300 generated crawls. Stuck? `rustlings hint l05_flush_links`.

use std::collections::HashMap;

/// Empties `links` into sorted (from, to) pairs between visited pages.
fn flush_links(links: &mut HashMap<String, Vec<String>>) -> Vec<(String, String)> {
    // TODO: make it compile without breaking a rule above.
    let mut pairs = Vec::new();
    for (from, targets) in links.drain() {
        for to in targets {
            if links.contains_key(&to) {
                pairs.push((from.clone(), to));
            }
        }
    }
    pairs.sort();
    pairs
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
    use crate::harness::{Gen, NAMES, blocks_of, check, lists, same};

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|&(a, b)| (a.to_owned(), b.to_owned()))
            .collect()
    }

    #[test]
    fn links_become_sorted_pairs() {
        // 26 pages in a ring, listed in a scrambled order.
        let names: Vec<String> = ('a'..='z').map(String::from).collect();
        let ring: HashMap<String, Vec<String>> = (0..26)
            .map(|i| ((i * 7) % 26, (i * 7 + 1) % 26))
            .map(|(from, to)| (names[from].clone(), vec![names[to].clone()]))
            .collect();
        let mut links = ring;
        let mut expected: Vec<(String, String)> = (0..26)
            .map(|i| (names[i].clone(), names[(i + 1) % 26].clone()))
            .collect();
        expected.sort();
        assert_eq!(
            flush_links(&mut links),
            expected,
            "26 pages in a ring, each linking to the next: 26 pairs, sorted"
        );

        // One page links to three others in reverse order.
        let mut links = lists(&[
            ("hub", &["c", "b", "a"]),
            ("a", &[]),
            ("b", &[]),
            ("c", &["hub"]),
        ]);
        assert_eq!(
            flush_links(&mut links),
            pairs(&[("c", "hub"), ("hub", "a"), ("hub", "b"), ("hub", "c")]),
            "pairs are sorted by `from`, then by `to`, whatever the order of a page's list"
        );
    }

    #[test]
    fn links_to_unvisited_pages_are_dropped() {
        let mut links = lists(&[
            ("home", &["about", "shop", "blog"]),
            ("about", &["home", "jobs"]),
        ]);
        assert_eq!(
            flush_links(&mut links),
            pairs(&[("about", "home"), ("home", "about")]),
            "shop, blog and jobs have no entry of their own (nobody visited them): the links \
             to them are dropped"
        );
    }

    #[test]
    fn a_self_link_is_kept() {
        let mut links = lists(&[("字", &["字", "x"]), ("Home", &["home"])]);
        assert_eq!(
            flush_links(&mut links),
            pairs(&[("字", "字")]),
            "字 was visited and links to itself: that pair stays; x and \"home\" (not \"Home\") \
             were never visited"
        );
    }

    #[test]
    fn the_map_is_empty_and_keeps_its_capacity() {
        let mut links: HashMap<String, Vec<String>> = (0..100)
            .map(|i| (format!("page {i}"), vec![format!("page {}", i / 2)]))
            .collect();
        let capacity = links.capacity();
        assert_eq!(
            flush_links(&mut links).len(),
            100,
            "each of the 100 pages links to a visited page: 100 pairs"
        );
        assert!(
            links.is_empty(),
            "the map must be empty after the flush, but {} pages are left",
            links.len()
        );
        assert_eq!(
            links.capacity(),
            capacity,
            "the map must keep its capacity for the next day's links"
        );
    }

    #[test]
    fn no_name_is_copied_to_find_the_visited_pages() {
        // 300 pages, each linking to a page nobody visited; every name here
        // is 15 bytes long, so a copy of one is a block of 15 bytes.
        let mut links: HashMap<String, Vec<String>> = (0..300)
            .map(|i| (format!("page {i:>10}"), vec![format!("gone {i:>10}")]))
            .collect();
        let (flushed, copies) = blocks_of(15, || flush_links(&mut links));
        assert_eq!(
            flushed,
            Vec::new(),
            "no link joins two visited pages: no pair to return"
        );
        assert_eq!(
            copies, 0,
            "{copies} page names were copied, with no pair to return: a name may be copied \
             only to go into a returned pair, never to find out which pages were visited"
        );
        assert!(links.is_empty(), "the map must be empty after the flush");
    }

    fn model(lists: &[(String, Vec<String>)]) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        for (from, targets) in lists {
            for to in targets {
                if lists.iter().any(|(page, _)| page == to) {
                    pairs.push((from.clone(), to.clone()));
                }
            }
        }
        pairs.sort();
        pairs
    }

    #[test]
    fn matches_the_model_on_many_crawls() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let pages: Vec<String> = (0..n + 2).map(|_| g.name(NAMES)).collect();
                g.board(
                    n,
                    |g| g.pick(&pages),
                    |g| {
                        // A list in no particular order, naming a page at most once.
                        let mut to: Vec<String> = Vec::new();
                        for _ in 0..g.below(4) {
                            let page = g.pick(&pages);
                            if !to.contains(&page) {
                                to.push(page);
                            }
                        }
                        to
                    },
                )
            },
            |lists| {
                let mut links: HashMap<String, Vec<String>> = lists.iter().cloned().collect();
                let flushed = flush_links(&mut links);
                same("map is empty", links.is_empty(), true)?;
                same("pairs", flushed, model(&lists))
            },
        );
    }
}
