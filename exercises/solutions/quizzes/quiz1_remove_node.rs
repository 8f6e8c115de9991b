// Quiz 1 (lessons 00 to 02): choose the tool, then implement `remove_node`.
//
// Read: lessons 00, 01 and 02 (lessons/lesson-0N/src/lib.rs); the README's
//       "Which tool for which job" table, rows for lessons 00 to 02.
// Run:  cargo run -p lesson-02   (from the repository root)
//
// A graph is stored as adjacency lists: node -> the nodes it links to (no
// list names a node twice). Remove one node: its own entry, and every link
// to it from the other lists. Nobody tells you which tool to use this time:
// of the tools of lessons 00 to 02, the rules below leave one. (A tool from
// a later lesson passes too, if it keeps the rules.)
//
// Rules (each is checked by the test named after it):
// - the node's entry goes, and so does every link to it, even when the
//   node has no entry of its own (`tests::the_node_and_every_link_to_it_go`);
// - every other link stays, in its list's order
//   (`tests::other_links_keep_their_order`);
// - the call returns the names of the other nodes that linked to it,
//   sorted; a node linking to itself is not one of them
//   (`tests::returns_who_linked_to_it_sorted`);
// - copy only the names of the nodes that link to it: when no list names
//   the node, the call makes no allocation at all
//   (`tests::nobody_links_to_it_no_allocation`).
//
// The tests call `remove_node` as it is declared below, and compare it with
// a plain model on 300 generated graphs. Stuck? `rustlings hint quiz1_remove_node`.

use std::collections::HashMap;

/// Removes `node` and every link to it; returns who linked to it, sorted.
fn remove_node(graph: &mut HashMap<String, Vec<String>>, node: &str) -> Vec<String> {
    // TODO: implement the job and the rules above.
    graph.remove(node);
    let mut linked: Vec<String> = graph
        .iter()
        .filter(|(_, others)| others.iter().any(|other| other == node))
        .map(|(name, _)| name.clone())
        .collect();
    for name in &linked {
        if let Some(others) = graph.get_mut(name) {
            others.retain(|other| other != node);
        }
    }
    linked.sort();
    linked
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
    use crate::harness::{Gen, NAMES, allocations, check, lists, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn the_node_and_every_link_to_it_go() {
        let mut g = lists(&[
            ("Oslo", &["Bergen", "Tromsø"]),
            ("Bergen", &["Oslo"]),
            ("Tromsø", &[]),
        ]);
        remove_node(&mut g, "Bergen");
        assert_eq!(
            g,
            lists(&[("Oslo", &["Tromsø"]), ("Tromsø", &[])]),
            "Bergen's entry goes, and so does Oslo's link to Bergen"
        );

        // "Narvik" has no list of its own; the links to it go all the same.
        let mut g = lists(&[("Oslo", &["Narvik"]), ("Tromsø", &["Narvik", "Oslo"])]);
        remove_node(&mut g, "Narvik");
        assert_eq!(
            g,
            lists(&[("Oslo", &[]), ("Tromsø", &["Oslo"])]),
            "Narvik has no entry of its own: the links to it must go all the same"
        );
    }

    #[test]
    fn other_links_keep_their_order() {
        let mut g = lists(&[("a", &["e", "d", "x", "c", "b"]), ("x", &["x", "a"])]);
        remove_node(&mut g, "x");
        assert_eq!(
            g,
            lists(&[("a", &["e", "d", "c", "b"])]),
            "x goes from a's list, and a's other links keep their order (e, d, c, b)"
        );
    }

    #[test]
    fn returns_who_linked_to_it_sorted() {
        let mut g = lists(&[
            ("字", &["hub"]),
            ("b", &["hub", "a"]),
            ("A", &["hub"]),
            ("a", &["b"]),
            ("hub", &["hub", "a"]),
            ("", &["hub"]),
            ("Hub", &["a"]),
        ]);
        assert_eq!(
            remove_node(&mut g, "hub"),
            ["", "A", "b", "字"],
            "the nodes that linked to hub, sorted in byte order; hub's own self-link does not \
             count, and \"Hub\" is another node"
        );

        // Twenty-six nodes link to "hub": hash order never sorts them by luck.
        let mut g: HashMap<String, Vec<String>> = ('a'..='z')
            .map(|c| (c.to_string(), vec!["hub".to_owned()]))
            .collect();
        let alphabet: Vec<String> = ('a'..='z').map(String::from).collect();
        assert_eq!(
            remove_node(&mut g, "hub"),
            alphabet,
            "the 26 nodes that linked to hub, sorted: a to z"
        );
        assert_eq!(
            remove_node(&mut g, "nobody"),
            Vec::<String>::new(),
            "nobody links to \"nobody\": the call returns no name"
        );
    }

    #[test]
    fn nobody_links_to_it_no_allocation() {
        let mut g: HashMap<String, Vec<String>> = (0..300)
            .map(|i| {
                (
                    format!("node number {i}"),
                    vec![format!("node number {}", (i + 1) % 300)],
                )
            })
            .collect();
        g.insert("lonely".to_owned(), vec!["node number 0".to_owned()]);
        let (linked, allocated) = allocations(|| remove_node(&mut g, "lonely"));
        assert_eq!(
            allocated, 0,
            "{allocated} allocations when no list names the node; none is allowed: copy only \
             the names of the nodes that link to it"
        );
        assert!(
            linked.is_empty(),
            "nobody links to \"lonely\": the call must return no name, got {linked:?}"
        );
        assert_eq!(
            g.len(),
            300,
            "\"lonely\"'s entry goes and the 300 other nodes stay"
        );
    }

    fn model(
        lists: &[(String, Vec<String>)],
        node: &str,
    ) -> (Vec<String>, BTreeMap<String, Vec<String>>) {
        let mut linked = Vec::new();
        let mut after = BTreeMap::new();
        for (name, others) in lists {
            if name == node {
                continue;
            }
            if others.iter().any(|other| other == node) {
                linked.push(name.clone());
            }
            let kept: Vec<String> = others
                .iter()
                .filter(|other| *other != node)
                .cloned()
                .collect();
            after.insert(name.clone(), kept);
        }
        linked.sort();
        (linked, after)
    }

    #[test]
    fn matches_the_model_on_many_graphs() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let nodes: Vec<String> = (0..n.max(1) + 1).map(|_| g.name(NAMES)).collect();
                let lists = g.board(
                    n,
                    |g| g.pick(&nodes),
                    |g| {
                        let mut others: Vec<String> = Vec::new();
                        for _ in 0..g.below(5) {
                            let other = g.pick(&nodes);
                            if !others.contains(&other) {
                                others.push(other);
                            }
                        }
                        others
                    },
                );
                let node = g.pick(&nodes);
                (lists, node)
            },
            |(lists, node)| {
                let mut g: HashMap<String, Vec<String>> = lists.iter().cloned().collect();
                let linked = remove_node(&mut g, &node);
                same(
                    "(linked, graph)",
                    (linked, sorted(&g)),
                    model(&lists, &node),
                )
            },
        );
    }
}
