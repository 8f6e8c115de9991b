    // WRONG: builds a new queue from the jobs that stay: a new buffer, sized to fit
    // CAUGHT BY: tests::no_allocation_and_the_capacity_kept
    let mut pages = 0;
    let kept: VecDeque<Job> = std::mem::take(queue)
        .into_iter()
        .enumerate()
        .filter_map(|(place, job)| {
            if place > 0 && job.owner == owner {
                pages += u64::from(job.pages);
                None
            } else {
                Some(job)
            }
        })
        .collect();
    *queue = kept;
    pages
}
