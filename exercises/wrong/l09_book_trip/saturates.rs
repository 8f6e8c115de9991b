    // WRONG: takes the seats with `saturating_sub` instead of checking them: a full leg is booked anyway
    // CAUGHT BY: tests::a_full_leg_books_nothing
    if let Some(leg) = trip.iter().find(|leg| !seats.contains_key(**leg)) {
        return Err(Refused::NoSuchLeg((*leg).to_owned()));
    }
    for (leg, left) in seats.iter_mut() {
        let taken = trip.iter().filter(|&&other| other == leg).count() as u32;
        *left = left.saturating_sub(taken);
    }
    Ok(())
}
