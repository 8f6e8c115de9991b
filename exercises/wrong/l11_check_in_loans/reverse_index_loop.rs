    // WRONG: walks the due loans from the last to the first, so removals shift only loans already asked about: asks in reverse order
    // CAUGHT BY: tests::each_due_loan_is_asked_about_once_in_order
    let due = loans.partition_point(|loan| loan.due <= today);
    let mut returned = Vec::new();
    for i in (0..due).rev() {
        if is_returned(&loans[i]) {
            returned.push(loans.remove(i));
        }
    }
    returned.reverse();
    returned
}
