// Lesson 00 (why the compiler says no): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-00/src/lib.rs, "The rule the compiler enforces instead"
// Run:  cargo run -p lesson-00   (from the repository root)
//
// A shop keeps its stock in a map: item name -> units on the shelf (a
// negative count is a backorder). At closing time the item with the fewest
// units is restocked by `amount`; on a tie, the item whose name sorts first
// (byte order, as `<` compares two `String`s). A negative `amount` is a
// correction: it takes units away.
//
// Rules (each is checked by the test named after it):
// - only that one item changes; an empty shop stays empty
//   (`tests::only_the_lowest_item_changes`);
// - a tie goes to the name that sorts first
//   (`tests::a_tie_goes_to_the_name_that_sorts_first`);
// - a count stops at i32::MIN and i32::MAX instead of wrapping
//   (`tests::a_count_stops_at_the_ends_of_the_range`);
// - the call makes at most one allocation (`tests::at_most_one_allocation`).
//
// The tests call `restock_lowest` as it is declared below, and compare it
// with a plain model on 300 generated boards. Stuck? `rustlings hint l00_restock_lowest`.

use std::collections::HashMap;

/// Adds `amount` units to the item with the fewest units.
fn restock_lowest(stock: &mut HashMap<String, i32>, amount: i32) {
    // TODO: make it compile without breaking a rule above.
    let mut lowest: Option<(&String, i32)> = None;
    for (item, &count) in stock.iter() {
        let better = match lowest {
            None => true,
            Some((name, low)) => count < low || (count == low && item < name),
        };
        if better {
            lowest = Some((item, count));
        }
    }
    let Some((item, _)) = lowest else {
        return;
    };
    if let Some(count) = stock.get_mut(item) {
        *count = count.saturating_add(amount);
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
    use crate::harness::{Gen, NAMES, allocations, board, check, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn only_the_lowest_item_changes() {
        let mut stock = board(&[("apples", 12), ("pears", 3), ("plums", 7)]);
        restock_lowest(&mut stock, 10);
        assert_eq!(
            stock,
            board(&[("apples", 12), ("pears", 13), ("plums", 7)]),
            "pears has the fewest units (3): only pears gets the 10 units, the other items keep theirs"
        );

        let mut empty = HashMap::new();
        restock_lowest(&mut empty, 10);
        assert!(
            empty.is_empty(),
            "an empty shop has no lowest item: it must stay empty, got {empty:?}"
        );
    }

    #[test]
    fn a_tie_goes_to_the_name_that_sorts_first() {
        // In byte order: "Zoë" < "apples" < "Ärger" < "字". Twenty shops, each
        // with its own hash order, so that no order of visit wins by luck.
        let tied = [
            ("字", -4),
            ("apples", -4),
            ("Zoë", -4),
            ("Ärger", -4),
            ("kiwi", 0),
        ];
        let restocked = [
            ("字", -4),
            ("apples", -4),
            ("Zoë", 1),
            ("Ärger", -4),
            ("kiwi", 0),
        ];
        for _ in 0..20 {
            let mut stock = board(&tied);
            restock_lowest(&mut stock, 5);
            assert_eq!(
                stock,
                board(&restocked),
                "four items tie at -4: the one whose name sorts first in byte order (\"Zoë\": \
                 capitals sort before lower case) gets the units, whatever order the map visits them in"
            );
        }
    }

    #[test]
    fn a_count_stops_at_the_ends_of_the_range() {
        let mut stock = board(&[("only", i32::MAX - 1)]);
        restock_lowest(&mut stock, 10);
        assert_eq!(
            stock["only"],
            i32::MAX,
            "i32::MAX - 1 units plus 10 must stop at i32::MAX, not wrap or panic"
        );

        let mut stock = board(&[("backorder", i32::MIN + 1), ("x", 0)]);
        restock_lowest(&mut stock, -10);
        assert_eq!(
            stock,
            board(&[("backorder", i32::MIN), ("x", 0)]),
            "i32::MIN + 1 units minus 10 must stop at i32::MIN, not wrap or panic"
        );
    }

    #[test]
    fn at_most_one_allocation() {
        // 200 items with names long enough that copying one allocates. Each
        // item the map visits has fewer units than the one visited before it
        // (the test walks the map first to learn its order): a search that
        // copies every new lowest name copies all 200.
        let mut stock: HashMap<String, i32> = (0..200)
            .map(|i| (format!("item number {i:>10}"), 0))
            .collect();
        let visit_order: Vec<String> = stock.keys().cloned().collect();
        for (units, item) in (801..=1000).rev().zip(&visit_order) {
            if let Some(count) = stock.get_mut(item) {
                *count = units;
            }
        }
        let lowest = &visit_order[199];
        let ((), allocated) = allocations(|| restock_lowest(&mut stock, 1));
        assert!(
            allocated <= 1,
            "{allocated} allocations; at most 1 is allowed: copy one name, once the search is over"
        );
        assert_eq!(
            stock[lowest], 802,
            "{lowest:?}, the last item visited, has the fewest units (801): it must get the 1 unit"
        );
    }

    /// The model: walk the items in name order and keep the first lowest.
    fn model(entries: &[(String, i32)], amount: i32) -> BTreeMap<String, i32> {
        let mut stock: BTreeMap<String, i32> = entries.iter().cloned().collect();
        let mut lowest: Option<(String, i32)> = None;
        for (item, &count) in &stock {
            if lowest.as_ref().is_none_or(|(_, low)| count < *low) {
                lowest = Some((item.clone(), count));
            }
        }
        if let Some((item, count)) = lowest {
            stock.insert(item, count.saturating_add(amount));
        }
        stock
    }

    #[test]
    fn matches_the_model_on_many_boards() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                (g.board(n, |g| g.name(NAMES), Gen::i32), g.i32())
            },
            |(entries, amount)| {
                let mut stock: HashMap<String, i32> = entries.iter().cloned().collect();
                restock_lowest(&mut stock, amount);
                same("stock", sorted(&stock), model(&entries, amount))
            },
        );
    }
}
