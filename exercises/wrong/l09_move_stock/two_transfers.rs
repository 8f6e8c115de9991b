    // WRONG: does the split as two moves of two bins, the lesson's way, one after the other: the first stays done when the second is refused (and four lookups)
    // CAUGHT BY: tests::a_refused_split_changes_nothing
    move_pair(bins, from, to[0], units[0])?;
    move_pair(bins, from, to[1], units[1])
}

fn move_pair<S: BuildHasher>(
    bins: &mut HashMap<String, u32, S>,
    from: &str,
    to: &str,
    units: u32,
) -> Result<(), Refused> {
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    match bins.get_disjoint_mut([from, to]) {
        [Some(source), Some(target)] => {
            let left = source.checked_sub(units).ok_or(Refused::NotEnough)?;
            let filled = target.checked_add(units).ok_or_else(|| Refused::Full(to.to_owned()))?;
            *source = left;
            *target = filled;
            Ok(())
        }
        [None, _] => Err(Refused::NoSuchBin(from.to_owned())),
        [_, None] => Err(Refused::NoSuchBin(to.to_owned())),
    }
}
