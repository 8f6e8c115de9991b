    // WRONG: reads `from` with `get` to check the units, then takes the three bins with `get_disjoint_mut`: four lookups
    // CAUGHT BY: tests::three_lookups_and_no_allocation
    if from == to[0] || from == to[1] {
        return Err(Refused::SameBin(from.to_owned()));
    }
    if to[0] == to[1] {
        return Err(Refused::SameBin(to[0].to_owned()));
    }
    let Some(&have) = bins.get(from) else {
        return Err(Refused::NoSuchBin(from.to_owned()));
    };
    let [_, first, second] = bins.get_disjoint_mut([from, to[0], to[1]]);
    let first = first.ok_or_else(|| Refused::NoSuchBin(to[0].to_owned()))?;
    let second = second.ok_or_else(|| Refused::NoSuchBin(to[1].to_owned()))?;
    if u64::from(have) < u64::from(units[0]) + u64::from(units[1]) {
        return Err(Refused::NotEnough);
    }
    let a = first.checked_add(units[0]).ok_or_else(|| Refused::Full(to[0].to_owned()))?;
    let b = second.checked_add(units[1]).ok_or_else(|| Refused::Full(to[1].to_owned()))?;
    *first = a;
    *second = b;
    if let Some(source) = bins.get_mut(from) {
        *source = have - units[0] - units[1];
    }
    Ok(())
}
