    // WRONG: keeps the job printing, but counts its pages as cancelled
    // CAUGHT BY: tests::returns_the_pages_cancelled
    let mut pages = 0;
    let mut front = true;
    queue.retain(|job| {
        if job.owner == owner {
            pages += u64::from(job.pages);
        }
        if front {
            front = false;
            return true;
        }
        job.owner != owner
    });
    pages
}
