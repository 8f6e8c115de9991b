// Lesson 08 (`extract_if`): make the tests pass. The stub compiles with a warning.
//
// Read: lessons/lesson-08/src/lib.rs, "The iterator is lazy"
// Run:  cargo run -p lesson-08   (from the repository root)
//
// A shop moves slow sellers to the clearance shelf: every item whose stock
// count is `floor` or less leaves the stock map and is added, with its
// count, to the end of the `clearance` list. The stub compiles, with a
// warning, and moves nothing: read the warning, all of it.
//
// Rules (each is checked by the test named after it):
// - every item with a count of `floor` or less leaves the stock and joins
//   `clearance` with its count; the others stay (`tests::low_items_move_to_clearance`);
// - what `clearance` held stays first, in its order; the new items follow,
//   sorted by name (`tests::new_items_follow_in_name_order`);
// - `floor` at the ends of the range: i32::MIN moves only the items at
//   i32::MIN, i32::MAX moves every item (`tests::floors_at_the_ends_of_the_range`);
// - the call returns how many items moved (`tests::returns_how_many_moved`);
// - item names are moved, never copied, and the stock keeps its table (in
//   Rust 1.95's `HashMap`, `capacity()` may drop by one per removed entry: a
//   removal can leave a tombstone) (`tests::names_are_moved_and_the_table_kept`).
//
// The tests call `clear_out` as it is declared below, and compare it with a
// plain model on 300 generated shops. Stuck? `rustlings hint l08_clearance`.

use std::collections::HashMap;

/// Moves every item with `floor` units or fewer to the end of `clearance`;
/// returns how many items moved.
fn clear_out(
    stock: &mut HashMap<String, i32>,
    floor: i32,
    clearance: &mut Vec<(String, i32)>,
) -> usize {
    // TODO: make the tests pass without breaking a rule above.
    let mut low: Vec<(String, i32)> = stock.extract_if(|_item, count| *count <= floor).collect();
    low.sort_unstable();
    let moved = low.len();
    clearance.append(&mut low);
    moved
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
    use crate::harness::{
        Gen, NAMES, blocks_of, board, buffers, check, kept_its_table, moved_not_copied, owned,
        same, sorted,
    };
    use std::collections::BTreeMap;

    #[test]
    fn low_items_move_to_clearance() {
        let mut stock = board(&[("kites", 2), ("sleds", 0), ("boots", 9), ("mittens", 3)]);
        let mut clearance = Vec::new();
        clear_out(&mut stock, 2, &mut clearance);
        assert_eq!(
            stock,
            board(&[("boots", 9), ("mittens", 3)]),
            "kites (2) and sleds (0) are at or below the floor of 2: they leave the stock; \
             boots and mittens stay"
        );
        assert_eq!(
            clearance,
            owned(&[("kites", 2), ("sleds", 0)]),
            "kites and sleds join clearance with their counts, in name order"
        );
    }

    #[test]
    fn new_items_follow_in_name_order() {
        let mut stock: HashMap<String, i32> = ('a'..='z').map(|c| (c.to_string(), -1)).collect();
        stock.insert("zz top".to_owned(), 50);
        let mut clearance = owned(&[("yo-yo", 1), ("ball", 0)]);
        clear_out(&mut stock, 0, &mut clearance);
        let mut expected = owned(&[("yo-yo", 1), ("ball", 0)]);
        expected.extend(('a'..='z').map(|c| (c.to_string(), -1)));
        assert_eq!(
            clearance, expected,
            "yo-yo and ball were there first and stay first, in their order; the 26 new items \
             follow in name order (only the new items are sorted)"
        );
        assert_eq!(
            stock,
            board(&[("zz top", 50)]),
            "only \"zz top\" (50) is above the floor of 0 and stays"
        );
    }

    #[test]
    fn floors_at_the_ends_of_the_range() {
        let entries = [("min", i32::MIN), ("next", i32::MIN + 1), ("max", i32::MAX)];
        let mut stock = board(&entries);
        let mut clearance = Vec::new();
        clear_out(&mut stock, i32::MIN, &mut clearance);
        assert_eq!(
            clearance,
            owned(&[("min", i32::MIN)]),
            "a floor of i32::MIN moves only the item at i32::MIN"
        );

        let mut stock = board(&entries);
        let mut clearance = Vec::new();
        clear_out(&mut stock, i32::MAX, &mut clearance);
        assert!(
            stock.is_empty(),
            "a floor of i32::MAX moves every item, but these stay: {stock:?}"
        );
        assert_eq!(
            clearance,
            owned(&[("max", i32::MAX), ("min", i32::MIN), ("next", i32::MIN + 1)]),
            "a floor of i32::MAX moves every item, i32::MAX included, in name order"
        );
    }

    #[test]
    fn returns_how_many_moved() {
        let mut stock = board(&[("a", 1), ("b", 2), ("c", 3), ("字", 4)]);
        let mut clearance = owned(&[("old", 0)]);
        assert_eq!(
            clear_out(&mut stock, 2, &mut clearance),
            2,
            "a and b move: the call returns 2 (the item already in clearance does not count)"
        );
        assert_eq!(
            clear_out(&mut stock, 2, &mut clearance),
            0,
            "nothing is left at or below 2: the call returns 0"
        );
        assert_eq!(
            clear_out(&mut stock, 10, &mut clearance),
            2,
            "c and 字 move: the call returns 2"
        );
    }

    #[test]
    fn names_are_moved_and_the_table_kept() {
        // Every name is 15 bytes long: a copy of one is a block of 15 bytes.
        let mut stock: HashMap<String, i32> = (0..400)
            .map(|i| (format!("item number {i:>3}"), i % 10))
            .collect();
        let before = buffers(stock.keys());
        let capacity = stock.capacity();
        let mut clearance = Vec::new();
        let (moved, copies) = blocks_of(15, || clear_out(&mut stock, 4, &mut clearance));
        assert_eq!(moved, 200, "the 200 items with 0 to 4 units must move");
        assert_eq!(
            copies, 0,
            "{copies} item names were copied; none is allowed, not even for a moment (a sort \
             key, say): each name moves from the stock into clearance"
        );
        moved_not_copied(&before, clearance.iter().map(|(item, _)| item)).unwrap();
        kept_its_table(capacity, stock.capacity(), moved).unwrap();
    }

    fn model(
        entries: &[(String, i32)],
        floor: i32,
        clearance: &[(String, i32)],
    ) -> (usize, BTreeMap<String, i32>, Vec<(String, i32)>) {
        let mut stock = BTreeMap::new();
        let mut after = clearance.to_vec();
        let mut low = Vec::new();
        for (item, count) in entries {
            if *count <= floor {
                low.push((item.clone(), *count));
            } else {
                stock.insert(item.clone(), *count);
            }
        }
        low.sort();
        after.extend(low);
        (entries.len() - stock.len(), stock, after)
    }

    #[test]
    fn matches_the_model_on_many_shops() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::i32);
                let k = g.below(3);
                let clearance = g.board(k, |g| g.name(NAMES), Gen::i32);
                let floor = g.value_or(&entries, Gen::i32);
                (entries, floor, clearance)
            },
            |(entries, floor, old)| {
                let mut stock: HashMap<String, i32> = entries.iter().cloned().collect();
                let mut clearance = old.clone();
                let moved = clear_out(&mut stock, floor, &mut clearance);
                same(
                    "(moved, stock, clearance)",
                    (moved, sorted(&stock), clearance),
                    model(&entries, floor, &old),
                )
            },
        );
    }
}
