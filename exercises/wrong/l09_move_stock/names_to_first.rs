    // WRONG: matches a missing `to` before a missing `from`: when both are missing, the wrong bin is named
    // CAUGHT BY: tests::a_missing_bin_is_named
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    match bins.get_disjoint_mut([from, to]) {
        [_, None] => Err(Refused::NoSuchBin(to.to_owned())),
        [None, _] => Err(Refused::NoSuchBin(from.to_owned())),
        [Some(source), Some(target)] => {
            let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
            let filled = target.checked_add(units).ok_or(Refused::Full)?;
            *source = left;
            *target = filled;
            Ok(())
        }
    }
}
