    // WRONG: `*left -= elapsed`: panics when `elapsed` is more than the time left
    // CAUGHT BY: tests::exactly_elapsed_is_the_end
    let before = sessions.len();
    sessions.retain(|_, left| {
        *left -= elapsed;
        *left > 0
    });
    before - sessions.len()
}
