    // WRONG: removes the sessions that run out, but leaves the other sessions' time as it was
    // CAUGHT BY: tests::time_runs_out_and_sessions_go
    let before = sessions.len();
    sessions.retain(|_, left| *left > elapsed);
    before - sessions.len()
}
