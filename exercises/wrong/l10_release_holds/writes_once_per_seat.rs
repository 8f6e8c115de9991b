    // WRONG: collects the ended seats under a read guard in a statement of its own, then takes a write guard per seat: it finishes, but other threads can see the sweep half done
    // CAUGHT BY: tests::one_write_guard_for_the_whole_sweep
    let mut released: Vec<String> = holds
        .read()
        .iter()
        .filter(|&(_, &ends)| ends <= now)
        .map(|(seat, _)| seat.clone())
        .collect();
    for seat in &released {
        holds.write().remove(seat);
    }
    released.sort();
    released
}
