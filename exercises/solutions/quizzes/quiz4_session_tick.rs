// Quiz 4 (lessons 00 to 08): choose the tools, then implement `tick`.
//
// Read: the README's "Which tool for which job" table, and the lessons it
//       points to (lessons/lesson-0N/src/lib.rs).
// Run:  cargo run -p lesson-08   (from the repository root)
//
// A session cache maps session id -> the time the session expires. Once a
// second, `tick` runs with the current time `now` and the ids of the
// sessions that were used (`hits`) since the last tick:
// 1. every session that expires at `now` or earlier is removed and reported;
// 2. then every hit on a session still in the cache renews it: its expiry
//    becomes now + ttl (a hit on an unknown or just-removed id is ignored).
// Nobody tells you which tools to use: the rules below decide them. The
// map's hasher is a type parameter, so that a test can count the lookups.
//
// Rules (each is checked by the test named after it):
// - expired sessions leave and come back as (id, expiry), sorted by id
//   (`tests::expired_sessions_leave_sorted_by_id`);
// - a hit never brings back an expired session, never creates one, and may
//   hit the same session twice (`tests::hits_renew_live_sessions_only`);
// - a hit sets the expiry to now + ttl, even if that is sooner than before,
//   and now + ttl stops at u64::MAX (`tests::a_hit_sets_the_expiry`);
// - at most one lookup per hit, and none to find the expired sessions
//   (`tests::at_most_one_lookup_per_hit`);
// - no allocation at all when nothing expires, and expired ids are moved,
//   never copied (`tests::no_allocation_when_nothing_expires`, `tests::expired_ids_are_moved`);
// - the cache keeps its table (in Rust 1.95's `HashMap`, `capacity()` may
//   drop by one per removed entry: a removal can leave a tombstone)
//   (`tests::the_cache_keeps_its_table`).
//
// The tests call `tick` as it is declared below, and compare it with a plain
// model on 300 generated caches. Stuck? `rustlings hint quiz4_session_tick`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Removes the sessions expired by `now` (returned as (id, expiry), sorted
/// by id), then renews every hit session still in the cache.
fn tick<S: BuildHasher>(
    cache: &mut HashMap<String, u64, S>,
    hits: &[&str],
    now: u64,
    ttl: u64,
) -> Vec<(String, u64)> {
    // TODO: implement the job and the rules above.
    let mut expired: Vec<(String, u64)> =
        cache.extract_if(|_id, expires| *expires <= now).collect();
    expired.sort_unstable();
    let renewed = now.saturating_add(ttl);
    for &id in hits {
        if let Some(expires) = cache.get_mut(id) {
            *expires = renewed;
        }
    }
    expired
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
        Gen, NAMES, allocations, blocks_of, board, buffers, check, counted, kept_its_table,
        moved_not_copied, owned, same, sorted,
    };
    use std::collections::BTreeMap;

    #[test]
    fn expired_sessions_leave_sorted_by_id() {
        let mut cache: HashMap<String, u64> = ('a'..='z').map(|c| (c.to_string(), 10)).collect();
        cache.insert("live".to_owned(), 11);
        cache.insert("A".to_owned(), 0);
        let mut expected: Vec<(String, u64)> = ('a'..='z').map(|c| (c.to_string(), 10)).collect();
        expected.insert(0, ("A".to_owned(), 0));
        assert_eq!(
            tick(&mut cache, &[], 10, 60),
            expected,
            "now is 10: the 27 sessions that expire at 10 or earlier leave, as (id, expiry) \
             sorted by id (\"A\" before \"a\")"
        );
        assert_eq!(
            cache,
            board(&[("live", 11)]),
            "only \"live\" (expires at 11) stays"
        );
    }

    #[test]
    fn hits_renew_live_sessions_only() {
        let mut cache = board(&[("old", 100), ("live", 101), ("other", 500)]);
        let expired = tick(&mut cache, &["old", "live", "new", "live", "Live"], 100, 60);
        assert_eq!(
            expired,
            owned(&[("old", 100)]),
            "now is 100: \"old\" expires at 100 and leaves, even though it was hit: expired \
             sessions leave before any hit is counted"
        );
        assert_eq!(
            cache,
            board(&[("live", 160), ("other", 500)]),
            "\"live\" is renewed to now + ttl = 160 (hit twice, same result); \"old\" is not \
             brought back; \"new\" and \"Live\" are unknown and must not be created; \
             \"other\" was not hit"
        );
    }

    #[test]
    fn a_hit_sets_the_expiry() {
        let mut cache = board(&[("far", 10_000), ("soon", 20), ("edge", u64::MAX - 1)]);
        tick(&mut cache, &["far", "soon"], 10, 60);
        assert_eq!(
            cache,
            board(&[("far", 70), ("soon", 70), ("edge", u64::MAX - 1)]),
            "a hit sets the expiry to now + ttl = 70, even for \"far\", which expired later \
             (10 000); \"edge\" was not hit"
        );
        tick(&mut cache, &["edge"], 11, u64::MAX);
        assert_eq!(
            cache,
            board(&[("far", 70), ("soon", 70), ("edge", u64::MAX)]),
            "now + ttl = 11 + u64::MAX must stop at u64::MAX, not wrap or panic"
        );
    }

    #[test]
    fn at_most_one_lookup_per_hit() {
        let entries: Vec<(String, u64)> = (0..100).map(|i| (format!("session {i}"), i)).collect();
        let mut cache = counted(entries, 0);
        let hits = [
            "session 10",
            "session 60",
            "session 99",
            "nobody",
            "session 60",
        ];
        tick(&mut cache, &hits, 49, 100);
        assert!(
            cache.hasher().hashes() <= hits.len(),
            "{} lookups for {} hits; at most one per hit is allowed, and none to find the \
             expired sessions",
            cache.hasher().hashes(),
            hits.len()
        );
    }

    #[test]
    fn no_allocation_when_nothing_expires() {
        let mut cache: HashMap<String, u64> = (0..300)
            .map(|i| (format!("session {i:>12}"), 1000 + i))
            .collect();
        let hits = ["session            5", "session          299", "gone"];
        let (expired, allocated) = allocations(|| tick(&mut cache, &hits, 999, 10));
        assert!(
            expired.is_empty(),
            "now is 999 and every session expires at 1000 or later: nothing may expire, got \
             {expired:?}"
        );
        assert_eq!(
            allocated, 0,
            "{allocated} allocations in a tick where nothing expires; none is allowed (a renewal \
             needs no owned id and no new entry)"
        );
        assert_eq!(
            cache["session          299"], 1009,
            "the hit on session 299 renews it to now + ttl = 1009"
        );
    }

    #[test]
    fn expired_ids_are_moved() {
        let mut cache: HashMap<String, u64> =
            (0..300).map(|i| (format!("session {i:>12}"), i)).collect();
        // Every id is 20 bytes long: a copy of one is a block of 20 bytes.
        let before = buffers(cache.keys());
        let (expired, copies) = blocks_of(20, || tick(&mut cache, &[], 149, 10));
        assert_eq!(
            expired.len(),
            150,
            "sessions expiring at 0 to 149 have expired by 149: 150 must leave"
        );
        assert_eq!(
            copies, 0,
            "{copies} ids were copied; none is allowed, not even for a moment (a sort key, \
             say): each expired id moves out of the cache"
        );
        moved_not_copied(&before, expired.iter().map(|(id, _)| id)).unwrap();
    }

    #[test]
    fn the_cache_keeps_its_table() {
        let mut cache: HashMap<String, u64> = (0..300).map(|i| (format!("s{i}"), i)).collect();
        let capacity = cache.capacity();
        let expired = tick(&mut cache, &["s299"], 199, 10);
        kept_its_table(capacity, cache.capacity(), expired.len()).unwrap();
        assert_eq!(
            cache.len(),
            100,
            "sessions expiring at 0 to 199 leave at now = 199: 100 must stay"
        );
    }

    fn model(
        entries: &[(String, u64)],
        hits: &[String],
        now: u64,
        ttl: u64,
    ) -> (Vec<(String, u64)>, BTreeMap<String, u64>) {
        let mut cache: BTreeMap<String, u64> = entries.iter().cloned().collect();
        let expired: Vec<(String, u64)> = cache
            .iter()
            .filter(|(_, expires)| **expires <= now)
            .map(|(id, e)| (id.clone(), *e))
            .collect();
        cache.retain(|_, expires| *expires > now);
        for id in hits {
            if let Some(expires) = cache.get_mut(id) {
                *expires = now.saturating_add(ttl);
            }
        }
        (expired, cache)
    }

    #[test]
    fn matches_the_model_on_many_caches() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let entries = g.board(n, |g| g.name(NAMES), Gen::u64);
                let k = g.size();
                let hits = g.keys_or_names(&entries, NAMES, k);
                let now = g.value_or(&entries, Gen::u64);
                (entries, hits, (now, g.u64()))
            },
            |(entries, hits, (now, ttl))| {
                let mut cache: HashMap<String, u64> = entries.iter().cloned().collect();
                let borrowed: Vec<&str> = hits.iter().map(String::as_str).collect();
                let expired = tick(&mut cache, &borrowed, now, ttl);
                same(
                    "(expired, cache)",
                    (expired, sorted(&cache)),
                    model(&entries, &hits, now, ttl),
                )
            },
        );
    }
}
