    // WRONG: finds a repeated label with a `HashSet`, as the lesson's podium does: an allocation on every split
    // CAUGHT BY: tests::three_lookups_and_no_allocation
    let labels = [from, to[0], to[1]];
    let mut seen = std::collections::HashSet::with_capacity(3);
    if let Some(twice) = labels.iter().find(|&&label| !seen.insert(label)) {
        return Err(Refused::SameBin((*twice).to_owned()));
    }
    let slots = bins.get_disjoint_mut(labels);
    if let Some((missing, _)) = labels.iter().zip(&slots).find(|(_, slot)| slot.is_none()) {
        return Err(Refused::NoSuchBin((*missing).to_owned()));
    }
    let [Some(source), Some(first), Some(second)] = slots else {
        return Err(Refused::NotEnough);
    };
    let total = units[0].checked_add(units[1]).ok_or(Refused::NotEnough)?;
    let left = source.checked_sub(total).ok_or(Refused::NotEnough)?;
    let a = first.checked_add(units[0]).ok_or_else(|| Refused::Full(to[0].to_owned()))?;
    let b = second.checked_add(units[1]).ok_or_else(|| Refused::Full(to[1].to_owned()))?;
    (*source, *first, *second) = (left, a, b);
    Ok(())
}
