    // WRONG: checks `from` has enough, then `+=` into `to`: panics past u32::MAX in a debug build
    // CAUGHT BY: tests::not_enough_and_full_are_refused
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    match bins.get_disjoint_mut([from, to]) {
        [Some(source), Some(target)] => {
            if *source < units {
                return Err(Refused::NotEnough);
            }
            *source -= units;
            *target += units;
            Ok(())
        }
        [None, _] => Err(Refused::NoSuchBin(from.to_owned())),
        [_, None] => Err(Refused::NoSuchBin(to.to_owned())),
    }
}
