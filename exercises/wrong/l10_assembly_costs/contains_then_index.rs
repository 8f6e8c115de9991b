        // WRONG: `contains_key`, then indexes the memo: two lookups for a known cost
        // CAUGHT BY: tests::a_known_cost_is_one_lookup
        if self.memo.borrow().contains_key(&part) {
            return self.memo.borrow()[&part];
        }
        let cost = self.compute(part);
        self.memo.borrow_mut().insert(part, cost);
        cost
    }
}
