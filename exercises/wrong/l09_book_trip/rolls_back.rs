    // WRONG: takes each seat at once with `get_mut`, and gives the earlier ones back when a leg fails: more than one lookup per leg
    // CAUGHT BY: tests::at_most_one_lookup_per_leg
    for (i, &leg) in trip.iter().enumerate() {
        let refused = match seats.get_mut(leg) {
            None => Some(Refused::NoSuchLeg(leg.to_owned())),
            Some(0) => Some(Refused::Full(leg.to_owned())),
            Some(left) => {
                *left -= 1;
                None
            }
        };
        if let Some(refused) = refused {
            for &taken in &trip[..i] {
                if let Some(left) = seats.get_mut(taken) {
                    *left += 1;
                }
            }
            return Err(refused);
        }
    }
    Ok(())
}
