    // WRONG: a `while` loop that takes loans from the front while they came back: stops at the first due loan still out
    // CAUGHT BY: tests::returned_loans_leave_in_order
    let mut returned = Vec::new();
    while loans.first().is_some_and(|loan| loan.due <= today && is_returned(loan)) {
        returned.push(loans.remove(0));
    }
    returned
}
