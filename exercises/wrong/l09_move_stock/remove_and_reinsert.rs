    // WRONG: takes `from` out of the map, changes `to`, puts `from` back: three lookups
    // CAUGHT BY: tests::two_lookups_and_no_allocation
    if from == to {
        return Err(Refused::SameBin(from.to_owned()));
    }
    let Some((label, count)) = bins.remove_entry(from) else {
        return Err(Refused::NoSuchBin(from.to_owned()));
    };
    let result = match bins.get_mut(to) {
        None => Err(Refused::NoSuchBin(to.to_owned())),
        Some(target) => match (count.checked_sub(units), target.checked_add(units)) {
            (None, _) => Err(Refused::NotEnough),
            (_, None) => Err(Refused::Full),
            (Some(left), Some(filled)) => {
                *target = filled;
                Ok(left)
            }
        },
    };
    bins.insert(label, *result.as_ref().unwrap_or(&count));
    result.map(|_| ())
}
