    // WRONG: `for i in 0..loans.len()` with `remove(i)`: skips after each removal, and the range, computed once, runs past the end
    // CAUGHT BY: tests::returned_loans_leave_in_order
    let mut returned = Vec::new();
    for i in 0..loans.len() {
        if loans[i].due <= today && is_returned(&loans[i]) {
            returned.push(loans.remove(i));
        }
    }
    returned
}
