    // WRONG: checks the two targets for room before checking `from` has the units: `Full` where `NotEnough` comes first
    // CAUGHT BY: tests::a_full_bin_is_named
    if from == to[0] || from == to[1] {
        return Err(Refused::SameBin(from.to_owned()));
    }
    if to[0] == to[1] {
        return Err(Refused::SameBin(to[0].to_owned()));
    }
    let [Some(source), Some(first), Some(second)] = bins.get_disjoint_mut([from, to[0], to[1]]) else {
        let missing = [from, to[0], to[1]]
            .into_iter()
            .find(|label| !bins.contains_key(*label))
            .unwrap_or(from);
        return Err(Refused::NoSuchBin(missing.to_owned()));
    };
    let a = first.checked_add(units[0]).ok_or_else(|| Refused::Full(to[0].to_owned()))?;
    let b = second.checked_add(units[1]).ok_or_else(|| Refused::Full(to[1].to_owned()))?;
    let total = units[0].checked_add(units[1]).ok_or(Refused::NotEnough)?;
    let left = source.checked_sub(total).ok_or(Refused::NotEnough)?;
    *source = left;
    *first = a;
    *second = b;
    Ok(())
}
