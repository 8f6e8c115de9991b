    // WRONG: checks that every leg has a seat left, not as many as the trip needs: a leg named twice with one seat left underflows
    // CAUGHT BY: tests::a_leg_named_twice_takes_two_seats
    if let Some(&leg) = trip.iter().find(|leg| !seats.contains_key(**leg)) {
        return Err(Refused::NoSuchLeg(leg.to_owned()));
    }
    if let Some(&leg) = trip.iter().find(|leg| seats[**leg] == 0) {
        return Err(Refused::Full(leg.to_owned()));
    }
    for (leg, left) in seats.iter_mut() {
        *left -= trip.iter().filter(|&&other| other == leg).count() as u32;
    }
    Ok(())
}
