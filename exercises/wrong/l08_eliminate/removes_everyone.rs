    // WRONG: `drain()`: everyone is eliminated
    // CAUGHT BY: tests::survivors_stay_on_the_board
    let mut eliminated: Vec<(String, i32)> = scores.drain().collect();
    eliminated.sort();
    eliminated
}
