    // WRONG: an index loop that steps past every job, removed or not: a job right after a cancelled one is never looked at
    // CAUGHT BY: tests::the_owners_waiting_jobs_leave
    let mut pages = 0;
    let mut i = 1;
    while i < queue.len() {
        if queue[i].owner == owner {
            pages += u64::from(queue[i].pages);
            queue.remove(i);
        }
        i += 1;
    }
    pages
}
