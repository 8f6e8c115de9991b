    // WRONG: adds the pages up in a `u32`: panics past u32::MAX in a debug build
    // CAUGHT BY: tests::returns_the_pages_cancelled
    let mut pages: u32 = 0;
    let mut front = true;
    queue.retain(|job| {
        if front {
            front = false;
            return true;
        }
        if job.owner == owner {
            pages += job.pages;
            return false;
        }
        true
    });
    u64::from(pages)
}
