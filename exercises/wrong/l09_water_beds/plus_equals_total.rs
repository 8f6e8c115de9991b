        // WRONG: fixes the borrow, keeps `self.litres_used += round`: panics past u64::MAX in a debug build
        // CAUGHT BY: tests::the_totals_stop_at_the_ends_of_their_range
        let mut round = 0;
        let schedule = &self.schedule;
        self.beds.values_mut().for_each(|moisture| {
            let litres = schedule.litres_for(*moisture);
            if litres > 0 {
                *moisture += litres;
                self.waterings = self.waterings.saturating_add(1);
                round += u64::from(litres);
            }
        });
        self.litres_used += round;
        round
    }
}
