        // WRONG: takes one `borrow_mut()` for the whole call: `compute` asks for a subpart's cost while it is alive, and panics
        // CAUGHT BY: tests::a_part_made_of_parts_does_not_panic
        let mut memo = self.memo.borrow_mut();
        if let Some(&cost) = memo.get(&part) {
            return cost;
        }
        let cost = self.compute(part);
        memo.insert(part, cost);
        cost
    }
}
