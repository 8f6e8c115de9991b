    // WRONG: walks the trip seat by seat on a copy of the counts: the "first full leg" is where seats run out, not the first leg short of what the whole trip needs
    // CAUGHT BY: tests::a_full_leg_books_nothing
    let mut found: HashMap<&str, &mut u32> = seats
        .iter_mut()
        .filter(|(name, _)| trip.contains(&name.as_str()))
        .map(|(name, left)| (name.as_str(), left))
        .collect();
    for &leg in trip {
        if !found.contains_key(leg) {
            return Err(Refused::NoSuchLeg(leg.to_owned()));
        }
    }
    let mut remaining: HashMap<&str, u32> = found.iter().map(|(k, v)| (*k, **v)).collect();
    for &leg in trip {
        let r = remaining.get_mut(leg).expect("checked above");
        if *r == 0 {
            return Err(Refused::Full(leg.to_owned()));
        }
        *r -= 1;
    }
    for (leg, left) in found.iter_mut() {
        **left = remaining[leg];
    }
    Ok(())
}
