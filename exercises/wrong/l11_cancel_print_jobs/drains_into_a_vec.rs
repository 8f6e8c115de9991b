    // WRONG: drains the waiting jobs into a vector and pushes back the ones that stay: an allocation
    // CAUGHT BY: tests::no_allocation_and_the_capacity_kept
    let waiting: Vec<Job> = queue.drain(1.min(queue.len())..).collect();
    let mut pages = 0;
    for job in waiting {
        if job.owner == owner {
            pages += u64::from(job.pages);
        } else {
            queue.push_back(job);
        }
    }
    pages
}
