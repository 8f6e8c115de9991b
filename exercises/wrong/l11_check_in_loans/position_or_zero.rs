    // WRONG: finds the first loan not yet due with `position(..).unwrap_or(0)`: when every loan is due, none is checked in
    // CAUGHT BY: tests::today_at_the_ends_of_the_range
    let due = loans
        .iter()
        .position(|loan| loan.due > today)
        .unwrap_or(0);
    loans.extract_if(..due, |loan| is_returned(loan)).collect()
}
