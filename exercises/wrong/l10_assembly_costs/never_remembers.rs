        // WRONG: reads the memo but never writes to it: every part is computed again each time it is needed
        // CAUGHT BY: tests::each_part_is_computed_once
        if let Some(&cost) = self.memo.borrow().get(&part) {
            return cost;
        }
        self.compute(part)
    }
}
