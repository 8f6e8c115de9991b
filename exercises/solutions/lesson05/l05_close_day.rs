// Lesson 05 (`drain`): implement `close_day`.
//
// Read: lessons/lesson-05/src/lib.rs, "The fix" and "Three ways to empty a map"
// Run:  cargo run -p lesson-05   (from the repository root)
//
// A shop counts today's sales in a map: item -> units sold today. At
// closing time every count moves into the ledger, which keeps the running
// totals of all days, and today's map is emptied for tomorrow.
//
// Rules (each is checked by the test named after it):
// - each of today's counts is added to the item's total in the ledger; an
//   item the ledger has never seen gets a new entry
//   (`tests::todays_sales_are_added_to_the_ledger`);
// - a total stops at u64::MAX instead of wrapping
//   (`tests::a_total_stops_at_u64_max`);
// - today's map is empty afterwards and keeps its capacity, ready for
//   tomorrow (`tests::today_is_empty_and_keeps_its_capacity`);
// - it keeps its own table, too, not a new one of the same capacity: when
//   every item is already in the ledger, the call allocates nothing
//   (`tests::today_keeps_its_own_table`);
// - item names are moved into the ledger, never copied
//   (`tests::names_are_moved_not_copied`).
//
// The tests call `close_day` as it is declared below, and compare it with a
// plain model on 300 generated days. Stuck? `rustlings hint l05_close_day`.

use std::collections::{BTreeMap, HashMap};

/// Moves today's counts into the ledger's totals and empties `today`.
fn close_day(today: &mut HashMap<String, u32>, ledger: &mut BTreeMap<String, u64>) {
    // TODO: implement the job and the rules above.
    for (item, sold) in today.drain() {
        match ledger.get_mut(&item) {
            Some(total) => *total = total.saturating_add(u64::from(sold)),
            None => {
                ledger.insert(item, u64::from(sold));
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
    use crate::harness::{Gen, NAMES, allocations, board, buffers, check, moved_not_copied, same};

    fn ledger(entries: &[(&str, u64)]) -> BTreeMap<String, u64> {
        entries
            .iter()
            .map(|&(item, total)| (item.to_owned(), total))
            .collect()
    }

    #[test]
    fn todays_sales_are_added_to_the_ledger() {
        let mut today = board(&[("bread", 12), ("milk", 0), ("Brot", 3)]);
        let mut totals = ledger(&[("bread", 100), ("cake", 7)]);
        close_day(&mut today, &mut totals);
        assert_eq!(
            totals,
            ledger(&[("bread", 112), ("cake", 7), ("milk", 0), ("Brot", 3)]),
            "bread: 100 + 12; milk and Brot are new to the ledger and get entries (milk with 0); \
             cake was not sold today and keeps its 7"
        );
    }

    #[test]
    fn a_total_stops_at_u64_max() {
        let mut today = board(&[("bread", u32::MAX), ("milk", 1)]);
        let mut totals = ledger(&[("bread", u64::MAX - 5), ("milk", u64::MAX)]);
        close_day(&mut today, &mut totals);
        assert_eq!(
            totals,
            ledger(&[("bread", u64::MAX), ("milk", u64::MAX)]),
            "totals must stop at u64::MAX, not wrap or panic"
        );
    }

    #[test]
    fn today_is_empty_and_keeps_its_capacity() {
        let mut today: HashMap<String, u32> = (0..200).map(|i| (format!("item {i}"), i)).collect();
        let capacity = today.capacity();
        let mut totals = BTreeMap::new();
        close_day(&mut today, &mut totals);
        assert!(
            today.is_empty(),
            "today's map must be empty after closing, but {} items are left",
            today.len()
        );
        assert_eq!(
            today.capacity(),
            capacity,
            "today's map must keep its capacity for tomorrow"
        );
        assert_eq!(totals.len(), 200, "all 200 items must reach the ledger");
    }

    #[test]
    fn today_keeps_its_own_table() {
        let mut today: HashMap<String, u32> = (0..200).map(|i| (format!("item {i}"), i)).collect();
        let mut totals: BTreeMap<String, u64> =
            today.keys().map(|item| (item.clone(), 1)).collect();
        let ((), allocated) = allocations(|| close_day(&mut today, &mut totals));
        assert_eq!(
            allocated, 0,
            "{allocated} allocations; every item is already in the ledger, so none is allowed: \
             today's map must be emptied in place, not replaced by a new map (even one of the \
             same capacity)"
        );
        assert!(
            today.is_empty() && totals["item 7"] == 8,
            "today's map must be empty and its counts added to the ledger (item 7: 1 + 7 = 8)"
        );
    }

    #[test]
    fn names_are_moved_not_copied() {
        let mut today: HashMap<String, u32> = (0..200).map(|i| (format!("item {i}"), i)).collect();
        let before = buffers(today.keys());
        let mut totals = ledger(&[("item 0", 1)]);
        close_day(&mut today, &mut totals);
        // "item 0" was already in the ledger: that entry keeps its own name.
        moved_not_copied(&before, totals.keys().filter(|item| *item != "item 0")).unwrap();
    }

    fn model(today: &[(String, u32)], ledger: &[(String, u64)]) -> BTreeMap<String, u64> {
        let mut totals: BTreeMap<String, u64> = ledger.iter().cloned().collect();
        for (item, sold) in today {
            let total = totals.entry(item.clone()).or_insert(0);
            *total = total.saturating_add(u64::from(*sold));
        }
        totals
    }

    #[test]
    fn matches_the_model_on_many_days() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let today = g.board(n, |g| g.name(NAMES), Gen::u32);
                let m = g.size();
                let ledger = g.board(m, |g| g.name(NAMES), Gen::u64);
                (today, ledger)
            },
            |(sales, past)| {
                let mut today: HashMap<String, u32> = sales.iter().cloned().collect();
                let mut totals: BTreeMap<String, u64> = past.iter().cloned().collect();
                close_day(&mut today, &mut totals);
                same("today is empty", today.is_empty(), true)?;
                same("ledger", totals, model(&sales, &past))
            },
        );
    }
}
