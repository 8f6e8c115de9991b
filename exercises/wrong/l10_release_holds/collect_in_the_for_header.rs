    // WRONG: collects the ended seats in the `for` header: the read guard is a temporary of the header and lives for the whole loop
    // CAUGHT BY: tests::a_sweep_with_holds_to_release_finishes
    let mut released = Vec::new();
    for seat in holds
        .read()
        .iter()
        .filter(|&(_, &ends)| ends <= now)
        .map(|(seat, _)| seat.clone())
        .collect::<Vec<String>>()
    {
        if let Some((seat, _)) = holds.write().remove_entry(&seat) {
            released.push(seat);
        }
    }
    released.sort();
    released
}
