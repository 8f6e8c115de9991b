        // WRONG: writes the rule out again with `<=`: a bed exactly at `dry_below` counts as watered with 0 litres
        // CAUGHT BY: tests::zero_litres_is_no_watering
        let Schedule {
            dry_below,
            max_litres,
        } = self.schedule;
        let mut round: u64 = 0;
        for moisture in self.beds.values_mut() {
            if *moisture <= dry_below {
                let litres = (dry_below - *moisture).min(max_litres);
                *moisture += litres;
                self.waterings = self.waterings.saturating_add(1);
                round += u64::from(litres);
            }
        }
        self.litres_used = self.litres_used.saturating_add(round);
        round
    }
}
