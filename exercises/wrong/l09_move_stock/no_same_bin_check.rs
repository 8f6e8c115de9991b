    // WRONG: calls `get_disjoint_mut` without checking `from == to` first: the same bin twice panics
    // CAUGHT BY: tests::the_same_bin_twice_is_refused
    let [source, target] = bins.get_disjoint_mut([from, to]);
    let source = source.ok_or_else(|| Refused::NoSuchBin(from.to_owned()))?;
    let target = target.ok_or_else(|| Refused::NoSuchBin(to.to_owned()))?;
    let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
    let filled = target.checked_add(units).ok_or(Refused::Full)?;
    *source = left;
    *target = filled;
    Ok(())
}
