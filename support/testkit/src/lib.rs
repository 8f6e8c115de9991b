//! Test helpers shared by every lesson crate (a dev-dependency only).
//!
//! Each lesson prints a story. Two things must hold for that story to be
//! worth snapshotting:
//!
//! 1. the binary exits successfully, and
//! 2. it prints the same bytes on every run, although every process seeds its
//!    `HashMap`s differently, so a lesson that prints in hash order fails here.
//!
//! [`story`] checks both. Besides it: [`boards`], the random leaderboards of
//! the property tests, and [`hashing`], a hasher that counts how many keys a
//! map hashes, for the unit tests that claim "this loop looks nothing up".
#![forbid(unsafe_code)]

use std::process::Command;

/// How many separate processes [`story`] starts. Each one gets a fresh random
/// `HashMap` seed, so hash-order output would differ between them.
pub const RUNS: usize = 8;

/// Runs the lesson binary at `bin` [`RUNS`] times and returns its standard
/// output, after checking that every run succeeded and printed the same text.
///
/// Call it with `env!("CARGO_BIN_EXE_lesson-NN")` from the lesson's own tests.
///
/// # Panics
///
/// Panics (failing the test) if the binary cannot be started, exits with a
/// failure, writes to standard error, prints invalid UTF-8, or prints
/// different output on two runs.
#[must_use]
pub fn story(bin: &str) -> String {
    let first = run_once(bin);
    for run in 2..=RUNS {
        let again = run_once(bin);
        assert_eq!(
            first, again,
            "{bin} printed something different on run {run}: \
             is it printing a HashMap in hash order?"
        );
    }
    first
}

fn run_once(bin: &str) -> String {
    let output = Command::new(bin)
        .output()
        .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{bin} failed: {stderr}");
    assert!(stderr.is_empty(), "{bin} wrote to stderr: {stderr}");
    String::from_utf8(output.stdout).expect("lesson output is UTF-8")
}

/// Random leaderboards for property tests, shared by every lesson so that
/// each one is tested on the same awkward inputs.
pub mod boards {
    use std::collections::HashMap;

    use proptest::prelude::*;

    /// A score, biased towards the values where bugs live: `i32::MIN`, `-1`,
    /// `0`, `1`, `i32::MAX - 1` and `i32::MAX`, besides any `i32`.
    pub fn score() -> impl Strategy<Value = i32> {
        prop_oneof![
            3 => any::<i32>(),
            1 => Just(i32::MIN),
            1 => Just(-1),
            2 => Just(0),
            1 => Just(1),
            1 => Just(i32::MAX - 1),
            1 => Just(i32::MAX),
        ]
    }

    /// A player name: plain ASCII, non-ASCII (accents, CJK, emoji), with and
    /// without the `VIP_` prefix, and near misses such as `vip_` and `VIP`.
    pub fn name() -> impl Strategy<Value = String> {
        let stem = "[a-zA-Z0-9éøßЖ字😀_]{0,8}";
        prop_oneof![
            4 => stem.prop_map(|s| s),
            2 => stem.prop_map(|s| format!("VIP_{s}")),
            1 => stem.prop_map(|s| format!("vip_{s}")),
            1 => stem.prop_map(|s| format!("VIP{s}")),
            1 => stem.prop_map(|s| format!("{s}_bonus")),
        ]
    }

    /// A leaderboard: usually small (empty and one entry included), about one
    /// case in 45 with thousands of players, so that tables grow and shrink
    /// during a test while 10 000 cases still run in seconds.
    pub fn board() -> impl Strategy<Value = HashMap<String, i32>> {
        prop_oneof![
            2 => Just(HashMap::new()),
            2 => proptest::collection::hash_map(name(), score(), 1),
            40 => proptest::collection::hash_map(name(), score(), 0..48),
            1 => big_board(),
        ]
    }

    /// Thousands of players, cheap to generate: one random score and one
    /// random name pattern (plain, `VIP_`, non-ASCII) per player, with the
    /// player's number making every name distinct. Generating thousands of
    /// names from a regex would dominate the test time.
    fn big_board() -> impl Strategy<Value = HashMap<String, i32>> {
        let player = (0..4_u8, score());
        proptest::collection::vec(player, 1000..3000).prop_map(|players| {
            players
                .into_iter()
                .enumerate()
                .map(|(i, (pattern, score))| {
                    let name = match pattern {
                        0 => format!("player-{i:06}"),
                        1 => format!("VIP_{i}"),
                        2 => format!("joueur-é-{i}"),
                        _ => format!("玩家{i}"),
                    };
                    (name, score)
                })
                .collect()
        })
    }

    /// A leaderboard keyed by numeric player ids, for lessons with `Copy` keys.
    pub fn id_board() -> impl Strategy<Value = HashMap<u64, i32>> {
        let id = prop_oneof![any::<u64>(), 0..100_u64, Just(u64::MAX)];
        prop_oneof![
            2 => Just(HashMap::new()),
            40 => proptest::collection::hash_map(id, score(), 0..48),
            1 => proptest::collection::vec(score(), 1000..3000)
                .prop_map(|scores| (0_u64..).zip(scores).collect()),
        ]
    }
}

/// A hasher that counts, for tests that claim how often a loop hashes a key.
///
/// A `HashMap` hashes a key whenever it has to find where that key lives:
/// on every lookup (`get`, `get_mut`, `contains_key`, `entry`, indexing), on
/// every `insert` and `remove`, and once for every entry each time the table
/// grows and has to place its entries again. Walking the map (`iter`,
/// `keys`, `values_mut`, `retain`, `drain`, `extract_if`) hashes nothing: it
/// visits the slots in the order they are stored.
///
/// Lessons prove claims such as "`get_mut` finds the entry once, reading and
/// writing back finds it twice" by running the same code on a map built with
/// [`hashing::CountingState`], whose counter goes up by one for every key
/// the map hashes. Give such a map room enough for the whole test (see
/// [`hashing::counting_map`]): a table that grows in the middle rehashes
/// every key and spoils the count.
pub mod hashing {
    use std::collections::HashMap;
    use std::hash::{BuildHasher, DefaultHasher, Hash, RandomState};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A [`BuildHasher`] that counts how many keys a map hashes.
    ///
    /// The map asks its `BuildHasher` for a fresh hasher each time it hashes
    /// a key, so counting [`BuildHasher::build_hasher`] calls counts hashes.
    /// The hashing itself is the standard library's ([`RandomState`] and
    /// [`DefaultHasher`]), so the map behaves exactly as a plain `HashMap`.
    ///
    /// Clones share one counter: keep a clone to read the count, or read it
    /// through the map with `scores.hasher().hashes()`. The counter is
    /// atomic, so a counting map can be sent to, or shared with, other
    /// threads.
    ///
    /// ```
    /// use std::collections::HashMap;
    /// use testkit::hashing::CountingState;
    ///
    /// let state = CountingState::new();
    /// let mut scores: HashMap<String, i32, CountingState> =
    ///     HashMap::with_capacity_and_hasher(8, state.clone());
    /// scores.insert(String::from("Alice"), 10); // one hash
    /// if let Some(score) = scores.get_mut("Alice") {
    ///     *score = score.saturating_add(1); // one more
    /// }
    /// assert_eq!(state.hashes(), 2);
    ///
    /// state.reset();
    /// for score in scores.values_mut() {
    ///     *score = score.saturating_add(1); // walking hashes nothing
    /// }
    /// assert_eq!(scores.hasher().hashes(), 0);
    /// ```
    #[derive(Clone, Debug, Default)]
    pub struct CountingState {
        hashes: Arc<AtomicUsize>,
        inner: RandomState,
    }

    impl CountingState {
        /// A new hasher factory, its counter at zero.
        #[must_use]
        pub fn new() -> Self {
            Self::default()
        }

        /// How many keys have been hashed since this state (or any clone of
        /// it) was created or last [`reset`](Self::reset).
        #[must_use]
        pub fn hashes(&self) -> usize {
            self.hashes.load(Ordering::Relaxed)
        }

        /// Sets the counter (shared by every clone) back to zero.
        pub fn reset(&self) {
            self.hashes.store(0, Ordering::Relaxed);
        }
    }

    impl BuildHasher for CountingState {
        type Hasher = DefaultHasher;

        fn build_hasher(&self) -> DefaultHasher {
            // `fetch_add` wraps on overflow; no test hashes `usize::MAX` keys.
            self.hashes.fetch_add(1, Ordering::Relaxed);
            self.inner.build_hasher()
        }
    }

    /// A map holding `entries`, with room for at least `capacity` entries,
    /// whose hasher counts, the counter set back to zero once it is filled.
    ///
    /// Choose `capacity` large enough for everything the test will insert:
    /// if the table grows during the test, it rehashes every key it holds.
    ///
    /// ```
    /// let mut scores = testkit::hashing::counting_map(4, [(String::from("Alice"), 10)]);
    /// assert_eq!(scores.hasher().hashes(), 0);
    /// scores.insert(String::from("Bob"), 20);
    /// assert!(scores.contains_key("Alice"));
    /// assert_eq!(scores.hasher().hashes(), 2);
    /// ```
    #[must_use]
    pub fn counting_map<K: Eq + Hash, V>(
        capacity: usize,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> HashMap<K, V, CountingState> {
        let mut map = HashMap::with_capacity_and_hasher(capacity, CountingState::new());
        map.extend(entries);
        map.hasher().reset();
        map
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn every_lookup_insert_and_remove_hashes_once_and_a_walk_none() {
            let mut scores = counting_map(8, [("Ж".to_owned(), 1_i32), ("字".to_owned(), 2)]);
            assert_eq!(scores.hasher().hashes(), 0, "filling is not counted");
            assert_eq!(scores.get("Ж"), Some(&1));
            assert_eq!(scores.hasher().hashes(), 1);
            scores.insert("😀".to_owned(), 3);
            assert_eq!(scores.hasher().hashes(), 2);
            assert_eq!(scores.remove("字"), Some(2));
            assert_eq!(scores.hasher().hashes(), 3);
            scores.values_mut().for_each(|v| *v = v.saturating_add(1));
            scores.retain(|_, v| *v > 2);
            assert_eq!(scores.hasher().hashes(), 3, "walking hashes nothing");
        }

        #[test]
        fn clones_share_one_counter_and_reset_clears_it() {
            let state = CountingState::new();
            let other = state.clone();
            let _ = other.hash_one("Alice");
            let _ = state.hash_one(u64::MAX);
            assert_eq!(state.hashes(), 2);
            assert_eq!(other.hashes(), 2);
            other.reset();
            assert_eq!(state.hashes(), 0);
        }

        #[test]
        fn growing_rehashes_every_entry() {
            let mut scores = counting_map(3, (0..3_u64).map(|id| (id, 0_i32)));
            let capacity = scores.capacity();
            let mut next = 3_u64;
            let mut held = scores.len();
            while scores.capacity() == capacity {
                held = scores.len();
                scores.insert(next, 0);
                next = next.saturating_add(1);
            }
            let inserted = usize::try_from(next.saturating_sub(3)).expect("small");
            // One hash per insert, plus one per entry the table held when
            // the last insert made it grow.
            assert_eq!(scores.hasher().hashes(), inserted.saturating_add(held));
        }

        #[test]
        fn a_counting_map_behaves_like_a_plain_one() {
            let entries = [("Alice".to_owned(), 1), ("Bob".to_owned(), 2)];
            let counted = counting_map(0, entries.clone());
            let plain: HashMap<String, i32> = entries.into_iter().collect();
            assert_eq!(counted.len(), plain.len());
            assert!(plain.iter().all(|(k, v)| counted.get(k) == Some(v)));
        }

        #[test]
        fn the_state_is_send_and_sync() {
            fn check<T: Send + Sync>() {}
            check::<CountingState>();
            check::<HashMap<String, i32, CountingState>>();
        }
    }
}
