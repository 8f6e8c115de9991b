    // WRONG: takes the whole list and `partition`s it: the loans that stay get a new buffer
    // CAUGHT BY: tests::loans_are_moved_and_the_list_kept
    let (returned, kept): (Vec<Loan>, Vec<Loan>) = std::mem::take(loans)
        .into_iter()
        .partition(|loan| loan.due <= today && is_returned(loan));
    *loans = kept;
    returned
}
