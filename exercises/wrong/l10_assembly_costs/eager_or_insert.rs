        // WRONG: `entry(part).or_insert(self.compute(part))`: the argument is computed while the `RefMut` is alive, on every call
        // CAUGHT BY: tests::a_part_made_of_parts_does_not_panic
        *self
            .memo
            .borrow_mut()
            .entry(part)
            .or_insert(self.compute(part))
    }
}
