    // WRONG: `extract_if` over the whole list, asking before looking at the due day: loans not yet due are asked about, and checked in
    // CAUGHT BY: tests::each_due_loan_is_asked_about_once_in_order
    loans
        .extract_if(.., |loan| is_returned(loan) && loan.due <= today)
        .collect()
}
