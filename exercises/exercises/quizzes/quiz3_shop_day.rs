// Quiz 3 (lessons 06 to 08): choose the tools, then implement `receive`,
// `shrink` and `sell_out`.
//
// Read: lessons 06, 07 and 08 (lessons/lesson-0N/src/lib.rs); the README's
//       "Which tool for which job" table.
// Run:  cargo run -p lesson-08   (from the repository root)
//
// A shop's stock is a map: item -> units on the shelf (a negative count is
// a backorder). Three jobs happen during a day; nobody tells you which tool
// to use for any of them: the rules below decide it. The map's hasher is a
// type parameter, so that a test can count the lookups.
//
// `receive`: deliveries arrive as (item, units) pairs; each adds its units
// to the item, and an item the shop has never stocked starts at the units
// delivered.
//
// `shrink`: at night every item loses `lost` units (theft, breakage); a
// count may go negative.
//
// `sell_out`: every item with 0 units or fewer leaves the stock; the call
// returns those items with their counts, sorted by name.
//
// Rules (each is checked by the test named after it):
// - `receive`: deliveries add up, new items included (`tests::receive_adds_up`);
// - `receive`: a count stops at i32::MIN and i32::MAX
//   (`tests::receive_stops_at_the_ends_of_the_range`);
// - `receive`: at most one lookup per delivery (`tests::receive_at_most_one_lookup_per_delivery`);
// - `shrink`: every item loses `lost` units, stops at the ends of the i32
//   range, and stays in the map (`tests::shrink_takes_from_every_item`);
// - `shrink`: no lookup, no allocation (`tests::shrink_no_lookup_no_allocation`);
// - `sell_out`: the right items leave and come back sorted
//   (`tests::sell_out_returns_the_empty_shelves_sorted`);
// - `sell_out`: names are moved, never copied; no lookup; the map keeps its
//   table (in Rust 1.95's `HashMap`, `capacity()` may drop by one per removed
//   entry: a removal can leave a tombstone) (`tests::sell_out_moves_names_and_keeps_the_table`).
//
// The tests call the three functions as they are declared below, and
// compare them with plain models on 300 generated shops. Stuck? `rustlings hint quiz3_shop_day`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Adds every delivery's units to its item, creating new items.
fn receive<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, deliveries: &[(&str, i32)]) {
    // TODO: implement the three jobs and their rules.
    todo!()
}

/// Takes `lost` units from every item.
fn shrink<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, lost: i32) {
    todo!()
}

/// Removes every item with 0 units or fewer; returns them sorted by name.
fn sell_out<S: BuildHasher>(stock: &mut HashMap<String, i32, S>) -> Vec<(String, i32)> {
    todo!()
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
        Gen, NAMES, allocations, blocks_of, board, buffers, check, counted, kept_its_table,
        moved_not_copied, owned, same, sorted,
    };
    use std::collections::BTreeMap;

    #[test]
    fn receive_adds_up() {
        let mut stock = board(&[("tea", 5), ("jam", -2)]);
        receive(
            &mut stock,
            &[
                ("tea", 10),
                ("jam", 3),
                ("honey", 4),
                ("honey", 1),
                ("Tea", 0),
            ],
        );
        assert_eq!(
            stock,
            board(&[("tea", 15), ("jam", 1), ("honey", 5), ("Tea", 0)]),
            "tea 5 + 10, jam -2 + 3; honey is new (4 + 1); \"Tea\" is another item, new, with 0"
        );
    }

    #[test]
    fn receive_stops_at_the_ends_of_the_range() {
        let mut stock = board(&[("a", i32::MAX - 1), ("b", i32::MIN + 1)]);
        receive(
            &mut stock,
            &[("a", 5), ("b", -5), ("c", i32::MAX), ("c", 1)],
        );
        assert_eq!(
            stock,
            board(&[("a", i32::MAX), ("b", i32::MIN), ("c", i32::MAX)]),
            "counts must stop at i32::MIN and i32::MAX, not wrap or panic, new items included"
        );
    }

    #[test]
    fn receive_at_most_one_lookup_per_delivery() {
        let mut stock = counted(owned(&[("tea", 5)]), 8);
        let deliveries = [("tea", 1), ("jam", 2), ("jam", 3), ("字", 4)];
        receive(&mut stock, &deliveries);
        assert!(
            stock.hasher().hashes() <= deliveries.len(),
            "{} lookups for {} deliveries; at most one per delivery is allowed",
            stock.hasher().hashes(),
            deliveries.len()
        );
        assert_eq!(stock.len(), 3, "tea, jam and 字 must be in the stock");
    }

    #[test]
    fn shrink_takes_from_every_item() {
        let mut stock = board(&[
            ("tea", 5),
            ("jam", 0),
            ("low", i32::MIN + 1),
            ("high", i32::MAX),
        ]);
        shrink(&mut stock, 3);
        assert_eq!(
            stock,
            board(&[
                ("tea", 2),
                ("jam", -3),
                ("low", i32::MIN),
                ("high", i32::MAX - 3)
            ]),
            "every item loses 3 units; a count may go negative, and stops at i32::MIN"
        );
        shrink(&mut stock, -10);
        assert_eq!(
            stock,
            board(&[
                ("tea", 12),
                ("jam", 7),
                ("low", i32::MIN + 10),
                ("high", i32::MAX)
            ]),
            "losing -10 units adds 10 to every item; a count stops at i32::MAX"
        );
    }

    #[test]
    fn shrink_no_lookup_no_allocation() {
        let entries: Vec<(String, i32)> = (0..300).map(|i| (format!("item {i:>16}"), i)).collect();
        let mut stock = counted(entries, 0);
        let ((), allocated) = allocations(|| shrink(&mut stock, 1));
        assert_eq!(
            allocated, 0,
            "{allocated} allocations in shrink; none is allowed"
        );
        assert_eq!(
            stock.hasher().hashes(),
            0,
            "lookups in shrink: none is allowed"
        );
        assert_eq!(
            stock.values().filter(|&&count| count < 0).count(),
            1,
            "every item loses 1 unit: only the item that had 0 goes negative"
        );
    }

    #[test]
    fn sell_out_returns_the_empty_shelves_sorted() {
        let mut stock: HashMap<String, i32> = ('a'..='z').map(|c| (c.to_string(), 0)).collect();
        stock.insert("full".to_owned(), 1);
        stock.insert("backorder".to_owned(), -4);
        let mut expected: Vec<(String, i32)> = ('a'..='z').map(|c| (c.to_string(), 0)).collect();
        expected.push(("backorder".to_owned(), -4));
        expected.sort();
        assert_eq!(
            sell_out(&mut stock),
            expected,
            "the items at 0 or below come back with their counts, sorted by name"
        );
        assert_eq!(
            stock,
            board(&[("full", 1)]),
            "only \"full\" (1 unit) stays in the stock"
        );
    }

    #[test]
    fn sell_out_moves_names_and_keeps_the_table() {
        // Every name is 21 bytes long: a copy of one is a block of 21 bytes.
        let entries: Vec<(String, i32)> = (0..400)
            .map(|i| (format!("item {i:>16}"), i % 4 - 1))
            .collect();
        let mut stock = counted(entries, 0);
        let before = buffers(stock.keys());
        let capacity = stock.capacity();
        let (gone, copies) = blocks_of(21, || sell_out(&mut stock));
        assert_eq!(gone.len(), 200, "the 200 items at -1 or 0 units must leave");
        assert_eq!(
            copies, 0,
            "{copies} item names were copied in sell_out; none is allowed, not even for a \
             moment (a sort key, say): each name moves out of the stock"
        );
        assert_eq!(
            stock.hasher().hashes(),
            0,
            "lookups in sell_out: none is allowed"
        );
        moved_not_copied(&before, gone.iter().map(|(item, _)| item)).unwrap();
        kept_its_table(capacity, stock.capacity(), 200).unwrap();
    }

    #[test]
    fn the_day_matches_the_model_on_many_shops() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::i32);
                let k = g.size();
                let deliveries: Vec<(String, i32)> = g
                    .keys_or_names(&entries, NAMES, k)
                    .into_iter()
                    .map(|item| (item, g.i32()))
                    .collect();
                (entries, deliveries, g.i32())
            },
            |(entries, deliveries, lost)| {
                let mut model: BTreeMap<String, i32> = entries.iter().cloned().collect();
                let mut stock: HashMap<String, i32> = entries.iter().cloned().collect();
                let borrowed: Vec<(&str, i32)> =
                    deliveries.iter().map(|(i, u)| (i.as_str(), *u)).collect();
                receive(&mut stock, &borrowed);
                for (item, units) in &deliveries {
                    let count = model.entry(item.clone()).or_insert(0);
                    *count = count.saturating_add(*units);
                }
                same("after receive", sorted(&stock), model.clone())?;
                shrink(&mut stock, lost);
                for count in model.values_mut() {
                    *count = count.saturating_sub(lost);
                }
                same("after shrink", sorted(&stock), model.clone())?;
                let gone = sell_out(&mut stock);
                let expected: Vec<(String, i32)> = model
                    .iter()
                    .filter(|(_, count)| **count <= 0)
                    .map(|(i, c)| (i.clone(), *c))
                    .collect();
                model.retain(|_, count| *count > 0);
                same("sold out", gone, expected)?;
                same("after sell_out", sorted(&stock), model)
            },
        );
    }
}
