    // WRONG: copies the ended seats out under a read guard kept in a variable, then asks for the write guard while it is still alive
    // CAUGHT BY: tests::a_sweep_with_holds_to_release_finishes
    let seats = holds.read();
    let ended: Vec<String> = seats
        .iter()
        .filter(|&(_, &ends)| ends <= now)
        .map(|(seat, _)| seat.clone())
        .collect();
    let mut writing = holds.write();
    let mut released: Vec<String> = ended
        .iter()
        .filter_map(|seat| writing.remove_entry(seat).map(|(seat, _)| seat))
        .collect();
    released.sort();
    released
}
