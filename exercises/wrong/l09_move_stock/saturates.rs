    // WRONG: saturates instead of refusing: units vanish into a full bin, or appear from an empty one
    // CAUGHT BY: tests::not_enough_and_full_are_refused
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    match bins.get_disjoint_mut([from, to]) {
        [Some(source), Some(target)] => {
            *source = source.saturating_sub(units);
            *target = target.saturating_add(units);
            Ok(())
        }
        [None, _] => Err(Refused::NoSuchBin(from.to_owned())),
        [_, None] => Err(Refused::NoSuchBin(to.to_owned())),
    }
}
