// Lesson 01 (collect the keys first): make it compile. The stub fails with E0594.
//
// Read: lessons/lesson-01/src/lib.rs, "Writing through an index does not compile"
// Run:  cargo run -p lesson-01   (from the repository root)
//
// The day's sales come in as (item, units) pairs, and each one takes its
// units off the item's stock. A negative number of units is a return: the
// units go back on the shelf. `stock[item]` reads a count, so writing
// through it looks natural; rustc disagrees.
//
// Rules (each is checked by the test named after it):
// - every sale takes its units off its item, and an item sold twice loses
//   both sales (`tests::sales_take_units_off`);
// - an item the shop does not stock is ignored: no panic, no new entry
//   (`tests::an_unknown_item_is_ignored`);
// - a count stops at i32::MIN and i32::MAX instead of wrapping
//   (`tests::a_count_stops_at_the_ends_of_the_range`);
// - at most one lookup per sale (`tests::at_most_one_lookup_per_sale`);
// - no allocation (`tests::no_allocation`).
//
// The tests call `record_sales` as it is declared below (the map's hasher is
// a type parameter, so that a test can count the lookups), and compare it
// with a plain model on 300 generated boards. Stuck? `rustlings hint l01_record_sales`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Takes every sale's units off its item's count.
fn record_sales<S: BuildHasher>(stock: &mut HashMap<String, i32, S>, sales: &[(&str, i32)]) {
    // TODO: make it compile without breaking a rule above.
    for &(item, units) in sales {
        if let Some(count) = stock.get_mut(item) {
            *count = count.saturating_sub(units);
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
    use crate::harness::{Gen, NAMES, allocations, board, check, counted, owned, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn sales_take_units_off() {
        let mut stock = board(&[("bread", 20), ("milk", 10), ("Milk", 5)]);
        record_sales(
            &mut stock,
            &[("bread", 3), ("milk", 4), ("bread", 2), ("milk", -1)],
        );
        assert_eq!(
            stock,
            board(&[("bread", 15), ("milk", 7), ("Milk", 5)]),
            "bread: 20 - 3 - 2 = 15; milk: 10 - 4 + 1 = 7 (a negative sale is a return); \
             \"Milk\" is another item and keeps its 5"
        );
    }

    #[test]
    fn an_unknown_item_is_ignored() {
        let mut stock = board(&[("bread", 20), ("字", 1)]);
        record_sales(&mut stock, &[("cake", 3), ("Bread", 1), ("", 1), ("字", 1)]);
        assert_eq!(
            stock,
            board(&[("bread", 20), ("字", 0)]),
            "\"cake\", \"Bread\" and \"\" are not stocked: they are ignored (no new entry); \
             only 字 loses its unit"
        );
    }

    #[test]
    fn a_count_stops_at_the_ends_of_the_range() {
        let mut stock = board(&[("low", i32::MIN + 2), ("high", i32::MAX - 2)]);
        record_sales(&mut stock, &[("low", 5), ("high", -5), ("low", i32::MAX)]);
        assert_eq!(
            stock,
            board(&[("low", i32::MIN), ("high", i32::MAX)]),
            "counts must stop at i32::MIN and i32::MAX, not wrap or panic"
        );
    }

    #[test]
    fn at_most_one_lookup_per_sale() {
        let mut stock = counted(owned(&[("bread", 20), ("milk", 10)]), 4);
        record_sales(
            &mut stock,
            &[("bread", 1), ("cake", 1), ("milk", 1), ("bread", 1)],
        );
        assert!(
            stock.hasher().hashes() <= 4,
            "{} lookups for 4 sales; at most one per sale is allowed",
            stock.hasher().hashes()
        );
        assert_eq!(
            stock.len(),
            2,
            "the unknown item \"cake\" must not get an entry"
        );
    }

    #[test]
    fn no_allocation() {
        let mut stock = board(&[("bread", 20), ("milk", 10)]);
        let sales = [("bread", 1), ("cake", 1), ("milk", 30), ("bread", -4)];
        let ((), allocated) = allocations(|| record_sales(&mut stock, &sales));
        assert_eq!(
            allocated, 0,
            "{allocated} allocations for 4 sales; none is allowed (no key is copied, no entry created)"
        );
        assert_eq!(
            stock,
            board(&[("bread", 23), ("milk", -20)]),
            "bread: 20 - 1 + 4 = 23; milk: 10 - 30 = -20 (a backorder); \"cake\" is ignored"
        );
    }

    fn model(entries: &[(String, i32)], sales: &[(String, i32)]) -> BTreeMap<String, i32> {
        let mut stock: BTreeMap<String, i32> = entries.iter().cloned().collect();
        for (item, units) in sales {
            if let Some(count) = stock.get(item) {
                let count = count.saturating_sub(*units);
                stock.insert(item.clone(), count);
            }
        }
        stock
    }

    #[test]
    fn matches_the_model_on_many_boards() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::i32);
                let k = g.size();
                let sales: Vec<(String, i32)> = g
                    .keys_or_names(&entries, NAMES, k)
                    .into_iter()
                    .map(|item| (item, g.i32()))
                    .collect();
                (entries, sales)
            },
            |(entries, sales)| {
                let mut stock: HashMap<String, i32> = entries.iter().cloned().collect();
                let borrowed: Vec<(&str, i32)> =
                    sales.iter().map(|(i, u)| (i.as_str(), *u)).collect();
                record_sales(&mut stock, &borrowed);
                same("stock", sorted(&stock), model(&entries, &sales))
            },
        );
    }
}
