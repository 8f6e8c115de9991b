    // WRONG: `loan.due < today + 1`: panics on `today == u32::MAX` in a debug build
    // CAUGHT BY: tests::today_at_the_ends_of_the_range
    let due = loans.partition_point(|loan| loan.due < today + 1);
    loans.extract_if(..due, |loan| is_returned(loan)).collect()
}
