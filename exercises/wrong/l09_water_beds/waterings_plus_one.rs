        // WRONG: `self.waterings += 1`: panics past u32::MAX in a debug build
        // CAUGHT BY: tests::the_totals_stop_at_the_ends_of_their_range
        let mut round = 0;
        for moisture in self.beds.values_mut() {
            let litres = self.schedule.litres_for(*moisture);
            if litres > 0 {
                *moisture += litres;
                self.waterings += 1;
                round += u64::from(litres);
            }
        }
        self.litres_used = self.litres_used.saturating_add(round);
        round
    }
}
