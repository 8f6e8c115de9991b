// Lesson 08 (`extract_if`): implement `evict_expired`.
//
// Read: lessons/lesson-08/src/lib.rs, "The fix" and "What it costs"
// Run:  cargo run -p lesson-08   (from the repository root)
//
// A login server keeps its sessions in a map: session id -> the time it
// expires. Every minute it evicts the sessions that have expired, and
// reports them, so that their users can be logged out: most overdue first.
//
// Rules (each is checked by the test named after it):
// - a session that expires at `now` or earlier is removed; the others stay
//   as they are (`tests::sessions_expired_by_now_go`);
// - the call returns (id, how long ago it expired: now - expiry) for every
//   removed session, most overdue first, and by id (byte order) on a tie
//   (`tests::most_overdue_first_then_by_id`);
// - times at the ends of the range: no overflow, no panic
//   (`tests::times_at_the_ends_of_the_range`);
// - ids are moved, never copied; no lookup; and the map keeps its table
//   (in Rust 1.95's `HashMap`, `capacity()` may drop by one per removed
//   entry: a removal can leave a tombstone)
//   (`tests::ids_moved_no_lookup_table_kept`).
//
// The tests call `evict_expired` as it is declared below (the map's hasher
// is a type parameter, so that a test can count the lookups), and compare it
// with a plain model on 300 generated servers. Stuck? `rustlings hint l08_evict_expired`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Removes every session expired by `now`; returns (id, time since it
/// expired), most overdue first, then by id.
fn evict_expired<S: BuildHasher>(
    sessions: &mut HashMap<String, u64, S>,
    now: u64,
) -> Vec<(String, u64)> {
    // TODO: implement the job and the rules above.
    todo!()
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
    use crate::harness::{
        Gen, NAMES, blocks_of, board, buffers, check, counted, kept_its_table, moved_not_copied,
        owned, same, sorted,
    };
    use std::collections::BTreeMap;

    #[test]
    fn sessions_expired_by_now_go() {
        let mut sessions = board(&[("a7", 100), ("b2", 99), ("c9", 101), ("字", 0)]);
        evict_expired(&mut sessions, 100);
        assert_eq!(
            sessions,
            board(&[("c9", 101)]),
            "now is 100: a7 (100, expires right now), b2 (99) and 字 (0) are removed; \
             c9 (101) stays"
        );
    }

    #[test]
    fn most_overdue_first_then_by_id() {
        let mut sessions = board(&[
            ("x", 40),
            ("B", 10),
            ("a", 40),
            ("C", 10),
            ("b", 10),
            ("late", 500),
        ]);
        let expired = evict_expired(&mut sessions, 50);
        assert_eq!(
            expired,
            owned(&[("B", 40), ("C", 40), ("b", 40), ("a", 10), ("x", 10)]),
            "(id, now - expiry), most overdue first (40 before 10); on a tie, by id in byte \
             order (capitals first)"
        );

        // Many ties: hash order never sorts them by luck.
        let mut sessions: HashMap<String, u64> = ('a'..='z').map(|c| (c.to_string(), 7)).collect();
        let ids: Vec<String> = evict_expired(&mut sessions, 7)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let alphabet: Vec<String> = ('a'..='z').map(String::from).collect();
        assert_eq!(
            ids, alphabet,
            "26 sessions tie (all 0 overdue): they must come back by id, a to z"
        );
    }

    #[test]
    fn times_at_the_ends_of_the_range() {
        let mut sessions = board(&[("never", u64::MAX), ("epoch", 0), ("one", 1)]);
        assert_eq!(
            evict_expired(&mut sessions, 0),
            owned(&[("epoch", 0)]),
            "now is 0: only epoch (expiry 0) has expired, 0 ago"
        );
        assert_eq!(
            evict_expired(&mut sessions, u64::MAX),
            owned(&[("one", u64::MAX - 1), ("never", 0)]),
            "now is u64::MAX: one expired u64::MAX - 1 ago, never expires right now (0 ago)"
        );
        assert!(
            sessions.is_empty(),
            "now is u64::MAX: every session has expired, but these stay: {sessions:?}"
        );
    }

    #[test]
    fn ids_moved_no_lookup_table_kept() {
        // Every id is 18 bytes long: a copy of one is a block of 18 bytes.
        let entries: Vec<(String, u64)> =
            (0..400).map(|i| (format!("session {i:>10}"), i)).collect();
        let mut sessions = counted(entries, 0);
        let before = buffers(sessions.keys());
        let capacity = sessions.capacity();
        let (expired, copies) = blocks_of(18, || evict_expired(&mut sessions, 199));
        assert_eq!(
            expired.len(),
            200,
            "sessions expiring at 0 to 199 have expired by 199: 200 must go"
        );
        assert_eq!(
            copies, 0,
            "{copies} ids were copied; none is allowed, not even for a moment (a sort key, \
             say): each id moves out of the map into the result"
        );
        assert_eq!(
            sessions.hasher().hashes(),
            0,
            "lookups: none is allowed (the map itself must hand out the expired sessions)"
        );
        moved_not_copied(&before, expired.iter().map(|(id, _)| id)).unwrap();
        kept_its_table(capacity, sessions.capacity(), 200).unwrap();
    }

    fn model(entries: &[(String, u64)], now: u64) -> (Vec<(String, u64)>, BTreeMap<String, u64>) {
        let mut expired: Vec<(String, u64)> = entries
            .iter()
            .filter(|(_, expires)| *expires <= now)
            .map(|(id, expires)| (id.clone(), now - expires))
            .collect();
        expired.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let kept = entries
            .iter()
            .filter(|(_, expires)| *expires > now)
            .cloned()
            .collect();
        (expired, kept)
    }

    #[test]
    fn matches_the_model_on_many_servers() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::u64);
                let now = g.value_or(&entries, Gen::u64);
                (entries, now)
            },
            |(entries, now)| {
                let mut sessions: HashMap<String, u64> = entries.iter().cloned().collect();
                let expired = evict_expired(&mut sessions, now);
                same(
                    "(expired, sessions)",
                    (expired, sorted(&sessions)),
                    model(&entries, now),
                )
            },
        );
    }
}
