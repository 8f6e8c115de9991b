    // WRONG: writes each bin as soon as its own check passes: a split refused as `Full` for `to[1]` has already changed `from` and `to[0]`
    // CAUGHT BY: tests::a_refused_split_changes_nothing
    if from == to[0] || from == to[1] || to[0] == to[1] {
        let twice = if from == to[0] || from == to[1] { from } else { to[0] };
        return Err(Refused::SameBin(twice.to_owned()));
    }
    let [source, first, second] = bins.get_disjoint_mut([from, to[0], to[1]]);
    let source = source.ok_or_else(|| Refused::NoSuchBin(from.to_owned()))?;
    let first = first.ok_or_else(|| Refused::NoSuchBin(to[0].to_owned()))?;
    let second = second.ok_or_else(|| Refused::NoSuchBin(to[1].to_owned()))?;
    let total = units[0].checked_add(units[1]).ok_or(Refused::NotEnough)?;
    *source = source.checked_sub(total).ok_or(Refused::NotEnough)?;
    *first = first.checked_add(units[0]).ok_or_else(|| Refused::Full(to[0].to_owned()))?;
    *second = second.checked_add(units[1]).ok_or_else(|| Refused::Full(to[1].to_owned()))?;
    Ok(())
}
