    // WRONG: splits the stock with `mem::take` and `partition`: a new table for what stays
    // CAUGHT BY: tests::names_are_moved_and_the_table_kept
    let (mut low, high): (Vec<(String, i32)>, Vec<(String, i32)>) =
        std::mem::take(stock).into_iter().partition(|(_, count)| *count <= floor);
    stock.extend(high);
    low.sort_unstable();
    let moved = low.len();
    clearance.append(&mut low);
    moved
}
