    // WRONG: `loan.due < today`: a loan due today is not checked in
    // CAUGHT BY: tests::returned_loans_leave_in_order
    let due = loans.partition_point(|loan| loan.due < today);
    loans.extract_if(..due, |loan| is_returned(loan)).collect()
}
