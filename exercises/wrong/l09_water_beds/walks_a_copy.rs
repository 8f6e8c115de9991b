        // WRONG: copies every (bed, moisture) pair out, then writes each new moisture back with `insert`: copies, and a lookup per bed
        // CAUGHT BY: tests::no_lookup_no_allocation
        let copy: Vec<(String, u32)> = self.beds.iter().map(|(b, m)| (b.clone(), *m)).collect();
        let mut round: u64 = 0;
        for (bed, moisture) in copy {
            let litres = self.litres_for(moisture);
            if litres > 0 {
                self.beds.insert(bed, moisture + litres);
                self.waterings = self.waterings.saturating_add(1);
                round += u64::from(litres);
            }
        }
        self.litres_used = self.litres_used.saturating_add(round);
        round
    }
}
