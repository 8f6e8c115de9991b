    // WRONG: saturates the targets instead of refusing: units that do not fit in a full bin vanish
    // CAUGHT BY: tests::a_full_bin_is_named
    if from == to[0] || from == to[1] {
        return Err(Refused::SameBin(from.to_owned()));
    }
    if to[0] == to[1] {
        return Err(Refused::SameBin(to[0].to_owned()));
    }
    match bins.get_disjoint_mut([from, to[0], to[1]]) {
        [Some(source), Some(first), Some(second)] => {
            let total = units[0].checked_add(units[1]).ok_or(Refused::NotEnough)?;
            *source = source.checked_sub(total).ok_or(Refused::NotEnough)?;
            *first = first.saturating_add(units[0]);
            *second = second.saturating_add(units[1]);
            Ok(())
        }
        [None, _, _] => Err(Refused::NoSuchBin(from.to_owned())),
        [_, None, _] => Err(Refused::NoSuchBin(to[0].to_owned())),
        [_, _, None] => Err(Refused::NoSuchBin(to[1].to_owned())),
    }
}
