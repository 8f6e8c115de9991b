    // WRONG: returns how many jobs were cancelled, not how many pages
    // CAUGHT BY: tests::returns_the_pages_cancelled
    let before = queue.len();
    let mut front = true;
    queue.retain(|job| {
        let keep = front || job.owner != owner;
        front = false;
        keep
    });
    (before - queue.len()) as u64
}
