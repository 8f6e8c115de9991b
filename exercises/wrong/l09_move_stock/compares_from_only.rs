    // WRONG: compares `from` with each of `to`, but not `to[0]` with `to[1]`: the same target twice panics in `get_disjoint_mut`
    // CAUGHT BY: tests::a_bin_named_twice_is_refused
    for target in to {
        if target == from {
            return Err(Refused::SameBin(from.to_owned()));
        }
    }
    let [source, first, second] = bins.get_disjoint_mut([from, to[0], to[1]]);
    let source = source.ok_or_else(|| Refused::NoSuchBin(from.to_owned()))?;
    let first = first.ok_or_else(|| Refused::NoSuchBin(to[0].to_owned()))?;
    let second = second.ok_or_else(|| Refused::NoSuchBin(to[1].to_owned()))?;
    let total = units[0].checked_add(units[1]).ok_or(Refused::NotEnough)?;
    let left = source.checked_sub(total).ok_or(Refused::NotEnough)?;
    let a = first.checked_add(units[0]).ok_or_else(|| Refused::Full(to[0].to_owned()))?;
    let b = second.checked_add(units[1]).ok_or_else(|| Refused::Full(to[1].to_owned()))?;
    (*source, *first, *second) = (left, a, b);
    Ok(())
}
