        // WRONG: returns the season's total, `litres_used`, instead of this round's litres
        // CAUGHT BY: tests::dry_beds_get_their_litres
        let schedule = self.schedule;
        let mut round: u64 = 0;
        for moisture in self.beds.values_mut() {
            let litres = schedule.litres_for(*moisture);
            if litres > 0 {
                *moisture += litres;
                self.waterings = self.waterings.saturating_add(1);
                round += u64::from(litres);
            }
        }
        self.litres_used = self.litres_used.saturating_add(round);
        self.litres_used
    }
}
