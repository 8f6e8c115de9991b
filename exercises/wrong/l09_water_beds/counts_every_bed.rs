        // WRONG: counts a watering for every bed, even one that got 0 litres
        // CAUGHT BY: tests::zero_litres_is_no_watering
        let mut round: u64 = 0;
        let schedule = self.schedule;
        for moisture in self.beds.values_mut() {
            let litres = schedule.litres_for(*moisture);
            *moisture += litres;
            self.waterings = self.waterings.saturating_add(1);
            round += u64::from(litres);
        }
        self.litres_used = self.litres_used.saturating_add(round);
        round
    }
}
