        // WRONG: adds up the round in a `u32` that saturates: a round of more than u32::MAX litres is cut short
        // CAUGHT BY: tests::the_totals_stop_at_the_ends_of_their_range
        let mut round: u32 = 0;
        let schedule = self.schedule;
        self.beds.values_mut().for_each(|moisture| {
            let litres = schedule.litres_for(*moisture);
            if litres > 0 {
                *moisture += litres;
                self.waterings = self.waterings.saturating_add(1);
                round = round.saturating_add(litres);
            }
        });
        self.litres_used = self.litres_used.saturating_add(u64::from(round));
        u64::from(round)
    }
}
