// Lesson 11 (every collection): make it compile. The stub fails with E0502.
//
// Read: lessons/lesson-11/src/lib.rs, "The same rule, another collection"
//       and "The other collections"
// Run:  cargo run -p lesson-11   (from the repository root)
//
// An office printer takes jobs from the front of a queue. Someone who
// leaves early cancels their jobs: every job they sent leaves the queue,
// except the one at the front, which is already printing. The printer
// reports how many pages it will not print.
//
// Rules (each is checked by the test named after it):
// - every job of `owner` leaves the queue except the front one, printing,
//   even if it is theirs; the other jobs keep their order
//   (`tests::the_owners_waiting_jobs_leave`);
// - owners match exactly: case, accents and prefixes count
//   (`tests::owners_match_exactly`);
// - the call returns the pages of the jobs cancelled (not of the one
//   printing); a job may have u32::MAX pages, and the total may pass it
//   (`tests::returns_the_pages_cancelled`);
// - no allocation, and the queue keeps its capacity: it is the printer's
//   buffer (`tests::no_allocation_and_the_capacity_kept`).
//
// The tests call `cancel_jobs` as it is declared below, and compare it with
// a plain model on 300 generated queues. Stuck? `rustlings hint l11_cancel_print_jobs`.

use std::collections::VecDeque;

/// A print job: who sent it, and how many pages it has.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Job {
    owner: String,
    pages: u32,
}

/// Cancels the jobs of `owner` that are waiting (not the front one, which
/// is printing); returns how many pages were cancelled.
fn cancel_jobs(queue: &mut VecDeque<Job>, owner: &str) -> u64 {
    // TODO: make it compile without breaking a rule above.
    let mut pages = 0;
    for (i, job) in queue.iter().enumerate() {
        if i > 0 && job.owner == owner {
            pages += u64::from(job.pages);
            queue.remove(i);
        }
    }
    pages
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
#[path = "../../support/harness.rs"]
mod harness;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::harness::{Gen, NAMES, allocations, check, same};

    fn queue(jobs: &[(&str, u32)]) -> VecDeque<Job> {
        jobs.iter()
            .map(|&(owner, pages)| Job {
                owner: owner.to_owned(),
                pages,
            })
            .collect()
    }

    /// The same jobs in a queue whose buffer wraps around: its front is
    /// near the end of the buffer, its back at the start.
    fn wrapped(jobs: &[(&str, u32)]) -> VecDeque<Job> {
        let mut q = VecDeque::with_capacity(jobs.len() + 4);
        for _ in 0..q.capacity() - 2 {
            q.push_back(Job {
                owner: "done".to_owned(),
                pages: 0,
            });
            q.pop_front();
        }
        q.extend(queue(jobs));
        assert!(!q.as_slices().1.is_empty(), "the test queue must wrap");
        q
    }

    #[test]
    fn the_owners_waiting_jobs_leave() {
        let jobs = [
            ("ann", 3),
            ("bob", 1),
            ("ann", 5),
            ("ann", 2),
            ("cid", 4),
            ("ann", 1),
        ];
        for mut q in [queue(&jobs), wrapped(&jobs)] {
            assert_eq!(cancel_jobs(&mut q, "ann"), 8);
            assert_eq!(q, queue(&[("ann", 3), ("bob", 1), ("cid", 4)]));
        }
        let mut q = queue(&[("bob", 1), ("ann", 5), ("ann", 2)]);
        assert_eq!(cancel_jobs(&mut q, "ann"), 7, "the front job is not ann's");
        assert_eq!(q, queue(&[("bob", 1)]));
        let mut q = queue(&[("ann", 5)]);
        assert_eq!(cancel_jobs(&mut q, "ann"), 0, "only the job printing");
        assert_eq!(q, queue(&[("ann", 5)]));
        let mut empty = VecDeque::new();
        assert_eq!(cancel_jobs(&mut empty, "ann"), 0);
    }

    #[test]
    fn owners_match_exactly() {
        let jobs = [
            ("x", 0),
            ("ann", 1),
            ("Ann", 2),
            ("anne", 4),
            ("an", 8),
            ("ann ", 16),
            ("Zoë", 32),
            ("Zoe", 64),
            ("ann", 128),
        ];
        let mut q = wrapped(&jobs);
        assert_eq!(cancel_jobs(&mut q, "ann"), 129);
        assert_eq!(cancel_jobs(&mut q, "Zoë"), 32);
        assert_eq!(cancel_jobs(&mut q, ""), 0);
        assert_eq!(
            q,
            queue(&[
                ("x", 0),
                ("Ann", 2),
                ("anne", 4),
                ("an", 8),
                ("ann ", 16),
                ("Zoe", 64)
            ])
        );
    }

    #[test]
    fn returns_the_pages_cancelled() {
        let mut q = queue(&[
            ("ann", u32::MAX),
            ("ann", u32::MAX),
            ("bob", 7),
            ("ann", u32::MAX),
            ("ann", 0),
        ]);
        assert_eq!(cancel_jobs(&mut q, "ann"), 2 * u64::from(u32::MAX));
        assert_eq!(q, queue(&[("ann", u32::MAX), ("bob", 7)]));
        assert_eq!(cancel_jobs(&mut q, "bob"), 7);
        assert_eq!(cancel_jobs(&mut q, "bob"), 0);
    }

    #[test]
    fn no_allocation_and_the_capacity_kept() {
        let jobs: Vec<(String, u32)> = (0..200)
            .map(|i| (if i % 3 == 0 { "ann" } else { "bob" }.to_owned(), i))
            .collect();
        let borrowed: Vec<(&str, u32)> = jobs.iter().map(|(o, p)| (o.as_str(), *p)).collect();
        let mut q = wrapped(&borrowed);
        let capacity = q.capacity();
        let (pages, allocated) = allocations(|| cancel_jobs(&mut q, "bob"));
        assert_eq!(allocated, 0, "allocations");
        assert_eq!(q.capacity(), capacity, "capacity");
        assert_eq!(q.len(), 67);
        assert_eq!(pages, (0..200).filter(|i| i % 3 != 0).sum::<u64>());
    }

    fn model(jobs: &[(String, u32)], owner: &str) -> (u64, Vec<(String, u32)>) {
        let mut pages = 0;
        let mut kept = Vec::new();
        for (place, (who, n)) in jobs.iter().enumerate() {
            if place > 0 && who == owner {
                pages += u64::from(*n);
            } else {
                kept.push((who.clone(), *n));
            }
        }
        (pages, kept)
    }

    #[test]
    fn matches_the_model_on_many_queues() {
        check(
            |g: &mut Gen| {
                let owners: Vec<String> = (0..3).map(|_| g.name(NAMES)).collect();
                let n = g.size();
                let jobs: Vec<(String, u32)> = (0..n).map(|_| (g.pick(&owners), g.u32())).collect();
                let owner = if g.one_in(5) {
                    g.name(NAMES)
                } else {
                    g.pick(&owners)
                };
                (jobs, owner)
            },
            |(jobs, owner)| {
                let mut q: VecDeque<Job> = jobs
                    .iter()
                    .map(|(who, pages)| Job {
                        owner: who.clone(),
                        pages: *pages,
                    })
                    .collect();
                let pages = cancel_jobs(&mut q, &owner);
                let left: Vec<(String, u32)> =
                    q.into_iter().map(|job| (job.owner, job.pages)).collect();
                same("(pages, queue)", (pages, left), model(&jobs, &owner))
            },
        );
    }
}
