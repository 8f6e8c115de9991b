    // WRONG: checks `to` for room before checking `from` has the units: the wrong refusal when both fail
    // CAUGHT BY: tests::not_enough_and_full_are_refused
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    match bins.get_disjoint_mut([from, to]) {
        [Some(source), Some(target)] => {
            let filled = target.checked_add(units).ok_or(Refused::Full)?;
            let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
            *source = left;
            *target = filled;
            Ok(())
        }
        [None, _] => Err(Refused::NoSuchBin(from.to_owned())),
        [_, None] => Err(Refused::NoSuchBin(to.to_owned())),
    }
}
