    // WRONG: `retain`, whose closure pushes a clone of each returned loan
    // CAUGHT BY: tests::loans_are_moved_and_the_list_kept
    let mut returned = Vec::new();
    loans.retain(|loan| {
        if loan.due <= today && is_returned(loan) {
            returned.push(loan.clone());
            false
        } else {
            true
        }
    });
    returned
}
