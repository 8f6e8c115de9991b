    // WRONG: checks every leg with `get`, then takes the seats with `get_mut`: two lookups per leg
    // CAUGHT BY: tests::at_most_one_lookup_per_leg
    if let Some(leg) = trip.iter().find(|leg| !seats.contains_key(**leg)) {
        return Err(Refused::NoSuchLeg((*leg).to_owned()));
    }
    for &leg in trip {
        let needed = trip.iter().filter(|&&other| other == leg).count();
        if (seats[leg] as usize) < needed {
            return Err(Refused::Full(leg.to_owned()));
        }
    }
    for &leg in trip {
        if let Some(left) = seats.get_mut(leg) {
            *left -= 1;
        }
    }
    Ok(())
}
