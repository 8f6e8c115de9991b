// Lesson 04 (`retain`): implement `tick`.
//
// Read: lessons/lesson-04/src/lib.rs, "The fix" and "What it costs"
// Run:  cargo run -p lesson-04   (from the repository root)
//
// A cache keeps its sessions in a map: session id -> how many seconds it
// has left to live. Every so often the clock ticks: `elapsed` seconds have
// passed since the last tick.
//
// Rules (each is checked by the test named after it):
// - every session's time left goes down by `elapsed`; a session whose time
//   reaches 0 is removed (`tests::time_runs_out_and_sessions_go`);
// - a session with exactly `elapsed` seconds left goes, and a tick of 0
//   seconds removes only the sessions already at 0; time left never wraps
//   below 0 (`tests::exactly_elapsed_is_the_end`);
// - the call returns how many sessions it removed
//   (`tests::returns_how_many_sessions_went`);
// - no allocation at all: no vector of ids, no new map (`tests::no_allocation`);
// - the map keeps its table, ready for new sessions (in Rust 1.95's
//   `HashMap`, `capacity()` may drop by one per removed entry: a removal can
//   leave a tombstone) (`tests::the_map_keeps_its_table`).
//
// The tests call `tick` as it is declared below, and compare it with a plain
// model on 300 generated caches. Stuck? `rustlings hint l04_expire_sessions`.

use std::collections::HashMap;

/// Takes `elapsed` seconds off every session and removes those that run out;
/// returns how many were removed.
fn tick(sessions: &mut HashMap<String, u32>, elapsed: u32) -> usize {
    // TODO: implement the job and the rules above.
    let before = sessions.len();
    sessions.retain(|_, left| {
        *left = left.saturating_sub(elapsed);
        *left > 0
    });
    before - sessions.len()
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
    use crate::harness::{Gen, NAMES, allocations, board, check, kept_its_table, same, sorted};
    use std::collections::BTreeMap;

    #[test]
    fn time_runs_out_and_sessions_go() {
        let mut sessions = board(&[("a1", 100), ("b2", 20), ("c3", 25), ("字", 1)]);
        tick(&mut sessions, 20);
        assert_eq!(
            sessions,
            board(&[("a1", 80), ("c3", 5)]),
            "after 20 seconds: a1 has 80 left, c3 has 5; b2 (20) and 字 (1) ran out and are removed"
        );
    }

    #[test]
    fn exactly_elapsed_is_the_end() {
        let mut sessions = board(&[("a", 7), ("b", 8), ("c", 0), ("d", u32::MAX)]);
        tick(&mut sessions, 0);
        assert_eq!(
            sessions,
            board(&[("a", 7), ("b", 8), ("d", u32::MAX)]),
            "a tick of 0 seconds removes only c, already at 0, and changes no time"
        );
        tick(&mut sessions, 7);
        assert_eq!(
            sessions,
            board(&[("b", 1), ("d", u32::MAX - 7)]),
            "a tick of 7 seconds: a had exactly 7 left and goes; b keeps 1, d keeps u32::MAX - 7"
        );
        tick(&mut sessions, u32::MAX);
        assert!(
            sessions.is_empty(),
            "a tick of u32::MAX seconds ends every session (time left must not wrap below 0), \
             but these remain: {sessions:?}"
        );
    }

    #[test]
    fn returns_how_many_sessions_went() {
        let mut sessions = board(&[("a", 1), ("b", 2), ("c", 3), ("", 4)]);
        assert_eq!(
            tick(&mut sessions, 2),
            2,
            "a tick of 2 removes a (1) and b (2): it returns 2"
        );
        assert_eq!(
            tick(&mut sessions, 0),
            0,
            "a tick of 0 removes nothing here: it returns 0"
        );
        assert_eq!(
            tick(&mut sessions, 10),
            2,
            "a tick of 10 removes the last two: it returns 2"
        );
        assert_eq!(
            tick(&mut sessions, 10),
            0,
            "a tick on an empty cache removes nothing: it returns 0"
        );
    }

    #[test]
    fn no_allocation() {
        let mut sessions: HashMap<String, u32> =
            (0..500).map(|i| (format!("session {i:>20}"), i)).collect();
        let (gone, allocated) = allocations(|| tick(&mut sessions, 250));
        assert_eq!(
            allocated, 0,
            "{allocated} allocations; none is allowed: no vector of ids, no new map"
        );
        assert_eq!(
            gone, 251,
            "sessions with 0 to 250 seconds left all run out after 250 seconds: 251 go"
        );
    }

    #[test]
    fn the_map_keeps_its_table() {
        let mut sessions: HashMap<String, u32> = (0..500).map(|i| (format!("s{i}"), i)).collect();
        let capacity = sessions.capacity();
        assert_eq!(
            tick(&mut sessions, 400),
            401,
            "sessions with 0 to 400 seconds left run out after 400 seconds: 401 go"
        );
        kept_its_table(capacity, sessions.capacity(), 401).unwrap();
        assert_eq!(sessions.len(), 99, "sessions 401 to 499 must stay");
    }

    fn model(entries: &[(String, u32)], elapsed: u32) -> (usize, BTreeMap<String, u32>) {
        let mut after = BTreeMap::new();
        for (id, left) in entries {
            if *left > elapsed {
                after.insert(id.clone(), left - elapsed);
            }
        }
        (entries.len() - after.len(), after)
    }

    #[test]
    fn matches_the_model_on_many_caches() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                (g.board(n, |g| g.name(NAMES), Gen::u32), g.u32())
            },
            |(entries, elapsed)| {
                let mut sessions: HashMap<String, u32> = entries.iter().cloned().collect();
                let gone = tick(&mut sessions, elapsed);
                same(
                    "(removed, sessions)",
                    (gone, sorted(&sessions)),
                    model(&entries, elapsed),
                )
            },
        );
    }
}
