        // WRONG: `match self.memo.borrow().get(&part)`: the `Ref` lives to the end of the `match`, so the miss arm's `borrow_mut()` panics
        // CAUGHT BY: tests::a_part_made_of_parts_does_not_panic
        match self.memo.borrow().get(&part) {
            Some(&cost) => cost,
            None => {
                let cost = self.compute(part);
                self.memo.borrow_mut().insert(part, cost);
                cost
            }
        }
    }
}
