    // WRONG: takes a seat on each leg as it is found, and stops at the first fault: the legs before it stay booked
    // CAUGHT BY: tests::an_unknown_leg_books_nothing
    for &leg in trip {
        match seats.get_mut(leg) {
            None => return Err(Refused::NoSuchLeg(leg.to_owned())),
            Some(0) => return Err(Refused::Full(leg.to_owned())),
            Some(left) => *left -= 1,
        }
    }
    Ok(())
}
