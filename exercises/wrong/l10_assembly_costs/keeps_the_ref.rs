        // WRONG: keeps the `Ref` in a variable: a subpart's miss calls `borrow_mut()` while it is alive, and panics
        // CAUGHT BY: tests::a_part_made_of_parts_does_not_panic
        let memo = self.memo.borrow();
        if let Some(&cost) = memo.get(&part) {
            return cost;
        }
        let cost = self.compute(part);
        self.memo.borrow_mut().insert(part, cost);
        cost
    }
}
