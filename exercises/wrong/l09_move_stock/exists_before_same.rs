    // WRONG: checks that both bins exist before checking they differ: a missing bin named twice is `NoSuchBin`
    // CAUGHT BY: tests::the_same_bin_twice_is_refused
    match bins.get_disjoint_mut([from, to]) {
        [None, _] => return Err(Refused::NoSuchBin(from.to_owned())),
        [_, None] => return Err(Refused::NoSuchBin(to.to_owned())),
        _ => {}
    }
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    let [Some(source), Some(target)] = bins.get_disjoint_mut([from, to]) else {
        unreachable!("both bins were found")
    };
    let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
    let filled = target.checked_add(units).ok_or(Refused::Full)?;
    *source = left;
    *target = filled;
    Ok(())
}
