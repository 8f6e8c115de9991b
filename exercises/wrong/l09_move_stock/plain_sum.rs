    // WRONG: adds `units[0] + units[1]` with `+`: a sum past u32::MAX panics in a debug build
    // CAUGHT BY: tests::not_enough_counts_both_amounts
    if from == to[0] || from == to[1] {
        return Err(Refused::SameBin(from.to_owned()));
    }
    if to[0] == to[1] {
        return Err(Refused::SameBin(to[0].to_owned()));
    }
    match bins.get_disjoint_mut([from, to[0], to[1]]) {
        [Some(source), Some(first), Some(second)] => {
            let left = source
                .checked_sub(units[0] + units[1])
                .ok_or(Refused::NotEnough)?;
            let a = first.checked_add(units[0]).ok_or_else(|| Refused::Full(to[0].to_owned()))?;
            let b = second.checked_add(units[1]).ok_or_else(|| Refused::Full(to[1].to_owned()))?;
            *source = left;
            *first = a;
            *second = b;
            Ok(())
        }
        [None, _, _] => Err(Refused::NoSuchBin(from.to_owned())),
        [_, None, _] => Err(Refused::NoSuchBin(to[0].to_owned())),
        [_, _, None] => Err(Refused::NoSuchBin(to[1].to_owned())),
    }
}
