// Lesson 05 (`drain`): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-05/src/lib.rs, "The map is out of reach while it drains"
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
//   and the pairs come back sorted (`tests::links_become_sorted_pairs`);
// - a link to a page with no entry is dropped
//   (`tests::links_to_unvisited_pages_are_dropped`);
// - a page that links to itself keeps that pair (`tests::a_self_link_is_kept`);
// - the map is empty afterwards and keeps its capacity
//   (`tests::the_map_is_empty_and_keeps_its_capacity`).
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
    use crate::harness::{Gen, NAMES, check, lists, same};

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
        assert_eq!(flush_links(&mut links), expected);
    }

    #[test]
    fn links_to_unvisited_pages_are_dropped() {
        let mut links = lists(&[
            ("home", &["about", "shop", "blog"]),
            ("about", &["home", "jobs"]),
        ]);
        assert_eq!(
            flush_links(&mut links),
            pairs(&[("about", "home"), ("home", "about")])
        );
    }

    #[test]
    fn a_self_link_is_kept() {
        let mut links = lists(&[("字", &["字", "x"]), ("Home", &["home"])]);
        assert_eq!(flush_links(&mut links), pairs(&[("字", "字")]));
    }

    #[test]
    fn the_map_is_empty_and_keeps_its_capacity() {
        let mut links: HashMap<String, Vec<String>> = (0..100)
            .map(|i| (format!("page {i}"), vec![format!("page {}", i / 2)]))
            .collect();
        let capacity = links.capacity();
        assert_eq!(flush_links(&mut links).len(), 100);
        assert!(links.is_empty());
        assert_eq!(links.capacity(), capacity);
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
                        let mut to: Vec<String> = (0..g.below(4)).map(|_| g.pick(&pages)).collect();
                        to.sort();
                        to.dedup();
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
