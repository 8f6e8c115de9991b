    // WRONG: reads both counts with `get`, then writes each with `get_mut`: four lookups
    // CAUGHT BY: tests::two_lookups_and_no_allocation
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    let source = *bins.get(from).ok_or_else(|| Refused::NoSuchBin(from.to_owned()))?;
    let target = *bins.get(to).ok_or_else(|| Refused::NoSuchBin(to.to_owned()))?;
    let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
    let filled = target.checked_add(units).ok_or(Refused::Full)?;
    if let Some(count) = bins.get_mut(from) {
        *count = left;
    }
    if let Some(count) = bins.get_mut(to) {
        *count = filled;
    }
    Ok(())
}
