    // WRONG: collects the `&mut` of the wanted legs with one `iter_mut` pass filtered by a set: a leg named twice loses one seat
    // CAUGHT BY: tests::a_leg_named_twice_takes_two_seats
    let wanted: std::collections::HashSet<&str> = trip.iter().copied().collect();
    let mut slots: Vec<(&String, &mut u32)> = seats
        .iter_mut()
        .filter(|(leg, _)| wanted.contains(leg.as_str()))
        .collect();
    if let Some(leg) = trip.iter().find(|leg| !slots.iter().any(|(l, _)| l == *leg)) {
        return Err(Refused::NoSuchLeg((*leg).to_owned()));
    }
    for &leg in trip {
        if slots.iter().any(|(l, left)| *l == leg && **left == 0) {
            return Err(Refused::Full(leg.to_owned()));
        }
    }
    for (_, left) in &mut slots {
        **left -= 1;
    }
    Ok(())
}
