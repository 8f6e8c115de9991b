    // WRONG: copies the returned loans out with `filter`, then `retain`s the rest asking `is_returned` again: two questions per due loan, and copies
    // CAUGHT BY: tests::each_due_loan_is_asked_about_once_in_order
    let returned: Vec<Loan> = loans
        .iter()
        .filter(|loan| loan.due <= today && is_returned(loan))
        .cloned()
        .collect();
    loans.retain(|loan| !(loan.due <= today && is_returned(loan)));
    returned
}
