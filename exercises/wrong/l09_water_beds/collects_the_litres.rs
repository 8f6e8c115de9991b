        // WRONG: computes every bed's litres into a vector first, then zips it with `values_mut`: an allocation
        // CAUGHT BY: tests::no_lookup_no_allocation
        let litres: Vec<u32> = self.beds.values().map(|&m| self.litres_for(m)).collect();
        let mut round = 0;
        for (moisture, litres) in self.beds.values_mut().zip(litres) {
            if litres > 0 {
                *moisture += litres;
                self.waterings = self.waterings.saturating_add(1);
                round += u64::from(litres);
            }
        }
        self.litres_used = self.litres_used.saturating_add(round);
        round
    }
}
