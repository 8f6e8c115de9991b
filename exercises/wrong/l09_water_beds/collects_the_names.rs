        // WRONG: collects the bed names first, then calls `litres_for` and `get_mut` for each: a copy and a lookup per bed
        // CAUGHT BY: tests::no_lookup_no_allocation
        let names: Vec<String> = self.beds.keys().cloned().collect();
        let mut round = 0;
        for name in names {
            let litres = self.litres_for(self.beds[&name]);
            if let Some(moisture) = self.beds.get_mut(&name) {
                if litres > 0 {
                    *moisture += litres;
                    self.waterings = self.waterings.saturating_add(1);
                    round += u64::from(litres);
                }
            }
        }
        self.litres_used = self.litres_used.saturating_add(round);
        round
    }
}
