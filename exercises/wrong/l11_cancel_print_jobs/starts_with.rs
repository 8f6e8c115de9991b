    // WRONG: `job.owner.starts_with(owner)`: "anne"'s jobs go with "ann"'s
    // CAUGHT BY: tests::owners_match_exactly
    let mut pages = 0;
    let mut front = true;
    queue.retain(|job| {
        let keep = front || !job.owner.starts_with(owner);
        front = false;
        if !keep {
            pages += u64::from(job.pages);
        }
        keep
    });
    pages
}
