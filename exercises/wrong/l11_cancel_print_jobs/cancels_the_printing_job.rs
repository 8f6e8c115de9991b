    // WRONG: `retain` on every job: the one printing is cancelled too
    // CAUGHT BY: tests::the_owners_waiting_jobs_leave
    let mut pages = 0;
    queue.retain(|job| {
        if job.owner == owner {
            pages += u64::from(job.pages);
            false
        } else {
            true
        }
    });
    pages
}
