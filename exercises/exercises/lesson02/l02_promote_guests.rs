// Lesson 02 (filter before you collect): implement `promote_guests`.
//
// Read: lessons/lesson-02/src/lib.rs, "The fix" and "What "starts with" means here"
// Run:  cargo run -p lesson-02   (from the repository root)
//
// A web server keeps its sessions in a map: session key -> the time it
// expires. A visitor who signs in keeps their session, but it moves from
// the guest area to the user area: the key "guest:<rest>" becomes
// "user:<rest>", with the same expiry time.
//
// Rules (each is checked by the test named after it):
// - every key that starts with exactly "guest:" (bytes, so case counts)
//   moves to "user:" followed by the rest of the key; no other key moves
//   (`tests::guest_sessions_become_user_sessions`, `tests::only_the_exact_prefix_counts`);
// - only the leading "guest:" is replaced: "guest:guest:x" becomes
//   "user:guest:x" (`tests::only_the_leading_prefix_is_replaced`);
// - if "user:<rest>" is already taken, that session stays as it is and the
//   guest session is dropped (`tests::an_existing_user_session_wins`);
// - the call returns how many sessions moved; dropped ones do not count
//   (`tests::dropped_sessions_are_not_counted`);
// - copy only the keys that move: with no guest session, the call makes no
//   allocation at all (`tests::no_guest_no_allocation`).
//
// The tests call `promote_guests` as it is declared below, and compare it
// with a plain model on 300 generated boards. Stuck? `rustlings hint l02_promote_guests`.

use std::collections::HashMap;

/// The prefix of a guest's session key.
const GUEST: &str = "guest:";
/// The prefix of a signed-in user's session key.
const USER: &str = "user:";

/// Moves every guest session to the user area and returns how many moved.
// If you check for a key with `contains_key` before you `insert` it, Clippy's
// `map_entry` lint points you to the entry API: that is lesson 06, and a
// lesson-02 answer does not need it, so the lint is allowed here.
#[allow(clippy::map_entry)]
fn promote_guests(sessions: &mut HashMap<String, u64>) -> usize {
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
    use crate::harness::{Gen, NAMES, allocations, board, check, same, sorted};
    use std::collections::BTreeMap;
    use std::collections::btree_map::Entry;

    #[test]
    fn guest_sessions_become_user_sessions() {
        let mut sessions = board(&[
            ("guest:4f1c", 900),
            ("guest:Дмитрий", 700),
            ("user:ada", 800),
        ]);
        assert_eq!(
            promote_guests(&mut sessions),
            2,
            "two guest sessions move: the call returns 2"
        );
        assert_eq!(
            sessions,
            board(&[("user:4f1c", 900), ("user:Дмитрий", 700), ("user:ada", 800)]),
            "each \"guest:<rest>\" becomes \"user:<rest>\" with the same expiry; \"user:ada\" stays"
        );
    }

    #[test]
    fn only_the_exact_prefix_counts() {
        let untouched = [
            ("Guest:a", 1),
            ("GUEST:b", 2),
            ("guest", 3),
            ("guest-c", 4),
            ("xguest:d", 5),
            ("", 6),
        ];
        let mut sessions = board(&untouched);
        sessions.insert("guest:".to_owned(), 7);
        assert_eq!(
            promote_guests(&mut sessions),
            1,
            "only \"guest:\" itself starts with exactly \"guest:\" (bytes, case counts): 1 moves"
        );
        let mut expected = board(&untouched);
        expected.insert("user:".to_owned(), 7);
        assert_eq!(
            sessions, expected,
            "\"guest:\" becomes \"user:\"; \"Guest:a\", \"GUEST:b\", \"guest\", \"guest-c\", \
             \"xguest:d\" and \"\" do not start with exactly \"guest:\" and stay"
        );
    }

    #[test]
    fn only_the_leading_prefix_is_replaced() {
        let mut sessions = board(&[
            ("guest:guest:x", 1),
            ("guest:guest:", 2),
            ("guest:x:guest:", 3),
        ]);
        assert_eq!(
            promote_guests(&mut sessions),
            3,
            "all three keys start with \"guest:\": 3 move"
        );
        assert_eq!(
            sessions,
            board(&[
                ("user:guest:x", 1),
                ("user:guest:", 2),
                ("user:x:guest:", 3)
            ]),
            "only the leading \"guest:\" is replaced; a \"guest:\" later in the key stays"
        );
    }

    #[test]
    fn an_existing_user_session_wins() {
        let mut sessions = board(&[("guest:ada", 100), ("user:ada", 50), ("guest:bob", 70)]);
        promote_guests(&mut sessions);
        assert_eq!(
            sessions,
            board(&[("user:ada", 50), ("user:bob", 70)]),
            "\"user:ada\" already exists: it keeps its expiry (50) and \"guest:ada\" is dropped"
        );
    }

    #[test]
    fn dropped_sessions_are_not_counted() {
        let mut sessions = board(&[("guest:ada", 100), ("user:ada", 50), ("guest:bob", 70)]);
        assert_eq!(
            promote_guests(&mut sessions),
            1,
            "only \"guest:bob\" moved; the dropped \"guest:ada\" does not count"
        );
        let mut none = HashMap::new();
        assert_eq!(
            promote_guests(&mut none),
            0,
            "no session, nothing moved: the call returns 0"
        );
    }

    #[test]
    fn no_guest_no_allocation() {
        let mut sessions: HashMap<String, u64> = (0..500)
            .map(|i| (format!("user:visitor number {i}"), i))
            .collect();
        let (moved, allocated) = allocations(|| promote_guests(&mut sessions));
        assert_eq!(
            (moved, allocated),
            (0, 0),
            "(moved, allocations) with 500 user sessions and no guest: nothing moves, and no \
             allocation is allowed (copy only the keys that move)"
        );
        assert_eq!(sessions.len(), 500, "with no guest, every session stays");
    }

    fn model(entries: &[(String, u64)]) -> (usize, BTreeMap<String, u64>) {
        let mut after: BTreeMap<String, u64> = entries
            .iter()
            .filter(|(key, _)| !key.starts_with(GUEST))
            .cloned()
            .collect();
        let mut moved = 0;
        for (key, expires) in entries {
            if let Some(rest) = key.strip_prefix(GUEST) {
                let user = format!("{USER}{rest}");
                if let Entry::Vacant(free) = after.entry(user) {
                    free.insert(*expires);
                    moved += 1;
                }
            }
        }
        (moved, after)
    }

    #[test]
    fn matches_the_model_on_many_boards() {
        let pieces: Vec<&str> = NAMES
            .iter()
            .copied()
            .chain([GUEST, USER, "guest", "user", ":"])
            .collect();
        check(
            |g: &mut Gen| {
                let n = g.size();
                g.board(n, |g| g.name(&pieces), Gen::u64)
            },
            |entries| {
                let mut sessions: HashMap<String, u64> = entries.iter().cloned().collect();
                let moved = promote_guests(&mut sessions);
                same(
                    "(moved, sessions)",
                    (moved, sorted(&sessions)),
                    model(&entries),
                )
            },
        );
    }
}
