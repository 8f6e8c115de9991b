        // WRONG: writes the schedule's rule out again and forgets `max_litres`: a very dry bed gets more than the cap
        // CAUGHT BY: tests::dry_beds_get_their_litres
        let dry_below = self.schedule.dry_below;
        let mut round: u64 = 0;
        for moisture in self.beds.values_mut() {
            if *moisture < dry_below {
                let litres = dry_below - *moisture;
                *moisture += litres;
                self.waterings = self.waterings.saturating_add(1);
                round += u64::from(litres);
            }
        }
        self.litres_used = self.litres_used.saturating_add(round);
        round
    }
}
