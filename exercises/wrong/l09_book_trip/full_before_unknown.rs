    // WRONG: checks each leg for both faults in one pass: a full leg is reported before an unknown leg later in the trip
    // CAUGHT BY: tests::a_full_leg_books_nothing
    let mut needed: HashMap<&str, u32> = HashMap::new();
    for &leg in trip {
        *needed.entry(leg).or_default() += 1;
    }
    for &leg in trip {
        match seats.get(leg) {
            None => return Err(Refused::NoSuchLeg(leg.to_owned())),
            Some(&left) if left < needed[leg] => return Err(Refused::Full(leg.to_owned())),
            Some(_) => {}
        }
    }
    for (leg, left) in seats.iter_mut() {
        if let Some(&taken) = needed.get(leg.as_str()) {
            *left -= taken;
        }
    }
    Ok(())
}
