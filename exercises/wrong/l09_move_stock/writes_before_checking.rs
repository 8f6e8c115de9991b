    // WRONG: writes `from` before checking `to`: a move refused as `Full` has already taken the units
    // CAUGHT BY: tests::a_refused_move_changes_nothing
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    let [Some(source), Some(target)] = bins.get_disjoint_mut([from, to]) else {
        let missing = if bins.contains_key(from) { to } else { from };
        return Err(Refused::NoSuchBin(missing.to_owned()));
    };
    *source = source.checked_sub(units).ok_or(Refused::NotEnough)?;
    *target = target.checked_add(units).ok_or(Refused::Full)?;
    Ok(())
}
