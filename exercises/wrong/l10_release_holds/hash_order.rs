    // WRONG: returns the seats in the order the map hands them out
    // CAUGHT BY: tests::released_seats_come_back_sorted
    holds
        .write()
        .extract_if(|_, ends| *ends <= now)
        .map(|(seat, _)| seat)
        .collect()
}
