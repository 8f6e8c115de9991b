    // WRONG: `swap_remove` in an index loop that does not advance after a removal: nothing is skipped, but the order is lost
    // CAUGHT BY: tests::returned_loans_leave_in_order
    let mut returned = Vec::new();
    let mut i = 0;
    while i < loans.len() {
        if loans[i].due <= today && is_returned(&loans[i]) {
            returned.push(loans.swap_remove(i));
        } else {
            i += 1;
        }
    }
    returned
}
