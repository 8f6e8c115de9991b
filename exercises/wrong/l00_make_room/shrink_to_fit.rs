    // WRONG: shrinks the table instead of growing it
    // CAUGHT BY: tests::room_for_every_newcomer
    scores.shrink_to_fit();
}
