// Lesson 01 (collect the keys first): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-01/src/lib.rs, "The fix" and "Inserting while walking the keys"
// Run:  cargo run -p lesson-01   (from the repository root)
//
// A graph is stored as adjacency lists: node -> the nodes it links to.
// Make every link go both ways: whenever `a` lists `b`, `b` lists `a` too.
// The lists you are given never name a node twice.
//
// Rules (each is checked by the test named after it):
// - a node that appears only inside lists gets a list of its own
//   (`tests::a_node_seen_only_in_a_list_gets_a_list`);
// - no list names a node twice: a link that already goes both ways, or a
//   node that links to itself, is left alone (`tests::no_link_is_doubled`);
// - links are only ever added, never removed or replaced
//   (`tests::existing_links_are_kept`).
//
// The order inside a list does not matter: the tests sort the lists before
// comparing. They call `link_both_ways` as it is declared below, and compare
// it with a plain model on 300 generated graphs. Stuck? `rustlings hint l01_link_both_ways`.

use std::collections::HashMap;

/// Adds the missing reverse links, so that every link goes both ways.
fn link_both_ways(graph: &mut HashMap<String, Vec<String>>) {
    // TODO: make it compile without breaking a rule above.
    let links: Vec<(String, String)> = graph
        .iter()
        .flat_map(|(node, others)| others.iter().map(|other| (node.clone(), other.clone())))
        .collect();
    for (node, other) in links {
        match graph.get_mut(&other) {
            Some(back) => {
                if !back.contains(&node) {
                    back.push(node);
                }
            }
            None => {
                graph.insert(other, vec![node]);
            }
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
    use crate::harness::{Gen, NAMES, check, lists, same};
    use std::collections::{BTreeMap, BTreeSet};

    /// Every list sorted, in node order: what the tests compare.
    fn sorted_lists(graph: &HashMap<String, Vec<String>>) -> BTreeMap<String, Vec<String>> {
        graph
            .iter()
            .map(|(node, others)| {
                let mut others = others.clone();
                others.sort();
                (node.clone(), others)
            })
            .collect()
    }

    #[test]
    fn a_node_seen_only_in_a_list_gets_a_list() {
        let mut g = lists(&[("Oslo", &["Bergen", "Trondheim"]), ("Tromsø", &["Bergen"])]);
        link_both_ways(&mut g);
        assert_eq!(
            sorted_lists(&g),
            sorted_lists(&lists(&[
                ("Oslo", &["Bergen", "Trondheim"]),
                ("Tromsø", &["Bergen"]),
                ("Bergen", &["Oslo", "Tromsø"]),
                ("Trondheim", &["Oslo"]),
            ])),
            "Bergen and Trondheim appear only inside lists: each gets a list of its own, \
             naming the nodes that link to it (lists compared sorted)"
        );
    }

    #[test]
    fn no_link_is_doubled() {
        let mut g = lists(&[("a", &["b", "a"]), ("b", &["a"]), ("字", &["字"])]);
        link_both_ways(&mut g);
        assert_eq!(
            sorted_lists(&g),
            sorted_lists(&lists(&[
                ("a", &["b", "a"]),
                ("b", &["a"]),
                ("字", &["字"])
            ])),
            "a and b already link both ways, and a node that links to itself already has its \
             link back: nothing may be added twice (lists compared sorted)"
        );
    }

    #[test]
    fn existing_links_are_kept() {
        let mut g = lists(&[("a", &["b"]), ("b", &["c", "d"]), ("", &[])]);
        link_both_ways(&mut g);
        assert_eq!(
            sorted_lists(&g),
            sorted_lists(&lists(&[
                ("a", &["b"]),
                ("b", &["a", "c", "d"]),
                ("c", &["b"]),
                ("d", &["b"]),
                ("", &[]),
            ])),
            "b keeps its links to c and d and gains a; c and d get lists naming b; \
             the empty node with no links stays as it is (lists compared sorted)"
        );
    }

    /// The model: a set of neighbours per node, in node order.
    fn model(lists: &[(String, Vec<String>)]) -> BTreeMap<String, Vec<String>> {
        let mut sets: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (node, others) in lists {
            sets.entry(node.clone())
                .or_default()
                .extend(others.iter().cloned());
            for other in others {
                sets.entry(other.clone()).or_default().insert(node.clone());
            }
        }
        sets.into_iter()
            .map(|(node, set)| (node, set.into_iter().collect()))
            .collect()
    }

    #[test]
    fn matches_the_model_on_many_graphs() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let nodes: Vec<String> = (0..n.max(1)).map(|_| g.name(NAMES)).collect();
                g.board(
                    n,
                    |g| g.pick(&nodes),
                    |g| {
                        let k = g.below(4);
                        let mut others: Vec<String> = (0..k).map(|_| g.pick(&nodes)).collect();
                        others.sort();
                        others.dedup();
                        others
                    },
                )
            },
            |lists| {
                let mut g: HashMap<String, Vec<String>> = lists.iter().cloned().collect();
                link_both_ways(&mut g);
                same("graph", sorted_lists(&g), model(&lists))
            },
        );
    }
}
