    // WRONG: spares the owner's first job instead of the job at the front
    // CAUGHT BY: tests::the_owners_waiting_jobs_leave
    let mut pages = 0;
    let mut spared = false;
    queue.retain(|job| {
        if job.owner != owner {
            return true;
        }
        if !spared {
            spared = true;
            return true;
        }
        pages += u64::from(job.pages);
        false
    });
    pages
}
