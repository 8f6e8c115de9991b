    // WRONG: keeps the stub's `ok_or(Refused::NoSuchBin(from.to_owned()))`: the label is copied on every move, even one that is done
    // CAUGHT BY: tests::two_lookups_and_no_allocation
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    let [source, target] = bins.get_disjoint_mut([from, to]);
    let source = source.ok_or(Refused::NoSuchBin(from.to_owned()))?;
    let target = target.ok_or(Refused::NoSuchBin(to.to_owned()))?;
    let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
    let filled = target.checked_add(units).ok_or(Refused::Full)?;
    *source = left;
    *target = filled;
    Ok(())
}
