    // WRONG: `*ends < now`: a hold that ends right now is kept
    // CAUGHT BY: tests::holds_ended_by_now_are_released
    let mut released: Vec<String> = holds
        .write()
        .extract_if(|_, ends| *ends < now)
        .map(|(seat, _)| seat)
        .collect();
    released.sort();
    released
}
