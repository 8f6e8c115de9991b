//! Test helpers shared by every lesson crate and the root package's tests
//! (a dev-dependency only).
//!
//! Each lesson prints a story. Two things must hold for that story to be
//! worth snapshotting:
//!
//! 1. the binary exits successfully, and
//! 2. it prints the same bytes on every run, although every process seeds its
//!    `HashMap`s differently, so a lesson that prints in hash order fails here.
//!
//! [`story`] checks both. Besides it:
//!
//! - [`boards`], the random leaderboards of the property tests;
//! - [`models`], the plain `BTreeMap` models those properties compare every
//!   strategy with (one copy of each job, shared by every lesson);
//! - [`hashing`], a hasher that counts how many keys a map hashes, for the
//!   unit tests that claim "this loop looks nothing up";
//! - [`rustc`], for the tests that run the compiler themselves: find it,
//!   compile one file, and check the version whose wording a chapter quotes.
#![forbid(unsafe_code)]

use std::process::{Child, Command, Stdio};

/// How many separate processes [`story`] starts. Each one gets a fresh random
/// `HashMap` seed, so hash-order output would differ between them.
pub const RUNS: usize = 8;

/// Runs the lesson binary at `bin` [`RUNS`] times and returns its standard
/// output, after checking that every run succeeded and printed the same text.
///
/// The runs are started together and run side by side: a story that waits
/// (lesson 10 waits for a blocked child before it kills it) waits once, not
/// [`RUNS`] times.
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
    let runs: Vec<Child> = (0..RUNS)
        .map(|_| {
            Command::new(bin)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"))
        })
        .collect();
    let mut outputs = runs.into_iter().map(|run| finished(bin, run));
    let first = outputs.next().expect("at least one run");
    for (again, run) in outputs.zip(2..) {
        assert_eq!(
            first, again,
            "{bin} printed something different on run {run}: \
             is it printing a HashMap in hash order?"
        );
    }
    first
}

fn finished(bin: &str, run: Child) -> String {
    let output = run
        .wait_with_output()
        .unwrap_or_else(|e| panic!("cannot read {bin}'s output: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{bin} failed: {stderr}");
    assert!(stderr.is_empty(), "{bin} wrote to stderr: {stderr}");
    String::from_utf8(output.stdout).expect("lesson output is UTF-8")
}

#[cfg(test)]
mod story_tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};

    /// An executable shell script in a scratch folder.
    fn script(name: &str, body: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("testkit-story-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    fn story_of(path: &Path) -> std::thread::Result<String> {
        let path = path.to_str().unwrap().to_owned();
        std::panic::catch_unwind(move || super::story(&path))
    }

    #[test]
    fn the_same_output_every_run_is_the_story() {
        let path = script("same", "echo Alice 10");
        assert_eq!(story_of(&path).unwrap(), "Alice 10\n");
    }

    #[test]
    fn output_that_changes_between_runs_fails() {
        // Each run prints its own process id: every run differs.
        assert!(story_of(&script("differs", "echo $$")).is_err());
    }

    #[test]
    fn a_failing_run_or_a_word_on_stderr_fails() {
        assert!(story_of(&script("fails", "echo ok; exit 1")).is_err());
        assert!(story_of(&script("stderr", "echo ok; echo oops >&2")).is_err());
        assert!(story_of(&script("not-utf8", "printf '\\377'")).is_err());
        assert!(story_of(Path::new("/no/such/lesson")).is_err());
    }

    #[test]
    fn the_runs_go_side_by_side() {
        // A barrier: each run leaves a mark, then waits (at most 5 s) until
        // every run has left one. Only runs that overlap all see eight.
        let marks = std::env::temp_dir().join(format!("testkit-marks-{}", std::process::id()));
        fs::create_dir_all(&marks).unwrap();
        let body = format!(
            "touch {dir}/$$; i=0\n\
             while [ \"$(ls {dir} | wc -l)\" -lt {runs} ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done\n\
             [ \"$(ls {dir} | wc -l)\" -ge {runs} ] && echo together",
            dir = marks.display(),
            runs = super::RUNS
        );
        assert_eq!(story_of(&script("barrier", &body)).unwrap(), "together\n");
        fs::remove_dir_all(&marks).unwrap();
    }
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

/// Plain models of the course's jobs, for property tests.
///
/// A property test runs a lesson's strategy on a random `HashMap` and
/// compares the result with what one of these functions computes on a
/// [`BTreeMap`](std::collections::BTreeMap) copy of the same board. The models are deliberately the
/// plainest code that does the job: one pass over a sorted map, no borrowing
/// tricks, no entry API. That is what makes them trustworthy as a reference.
///
/// Scores are `i32` and every model adds with `saturating_add`, as the
/// lessons do: a score at `i32::MAX` stays there.
pub mod models {
    use std::collections::{BTreeMap, HashMap};

    /// A sorted copy of `scores`: the same entries, in key order. Comparing
    /// two of these compares two maps independently of hash order.
    ///
    /// ```
    /// use std::collections::HashMap;
    /// let scores = HashMap::from([("Bob", 2), ("Alice", 1)]);
    /// let sorted = testkit::models::sorted(&scores);
    /// assert_eq!(sorted.into_iter().collect::<Vec<_>>(), [("Alice", 1), ("Bob", 2)]);
    /// ```
    #[must_use]
    pub fn sorted<K: Ord + Clone, V: Clone, S>(scores: &HashMap<K, V, S>) -> BTreeMap<K, V> {
        scores
            .iter()
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect()
    }

    /// The entries of `scores` as a list in key order: the standings a
    /// function that empties the board must return.
    ///
    /// ```
    /// use std::collections::HashMap;
    /// let scores = HashMap::from([(2_u64, 20), (1, 10)]);
    /// assert_eq!(testkit::models::sorted_entries(&scores), [(1, 10), (2, 20)]);
    /// ```
    #[must_use]
    pub fn sorted_entries<K: Ord + Clone, V: Clone, S>(scores: &HashMap<K, V, S>) -> Vec<(K, V)> {
        sorted(scores).into_iter().collect()
    }

    /// The job "every player earns `points`": every score plus `points`,
    /// saturating at both ends of `i32`.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let model = BTreeMap::from([("Alice", 1), ("Bob", i32::MAX)]);
    /// let bumped = testkit::models::bump_all(&model, 1);
    /// assert_eq!(bumped, BTreeMap::from([("Alice", 2), ("Bob", i32::MAX)]));
    /// ```
    #[must_use]
    pub fn bump_all<K: Ord + Clone>(model: &BTreeMap<K, i32>, points: i32) -> BTreeMap<K, i32> {
        let mut bumped = BTreeMap::new();
        for (key, score) in model {
            bumped.insert(key.clone(), score.saturating_add(points));
        }
        bumped
    }

    /// The job "the players whose name starts with `prefix` earn `points`"
    /// (saturating); everyone else keeps their score. The empty prefix
    /// matches every name.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let model = BTreeMap::from([("VIP_Ann".to_owned(), 1), ("Bob".to_owned(), 1)]);
    /// let bumped = testkit::models::bump_prefixed(&model, "VIP_", 1);
    /// assert_eq!(bumped["VIP_Ann"], 2);
    /// assert_eq!(bumped["Bob"], 1);
    /// ```
    #[must_use]
    pub fn bump_prefixed(
        model: &BTreeMap<String, i32>,
        prefix: &str,
        points: i32,
    ) -> BTreeMap<String, i32> {
        let mut bumped = BTreeMap::new();
        for (name, score) in model {
            if name.starts_with(prefix) {
                bumped.insert(name.clone(), score.saturating_add(points));
            } else {
                bumped.insert(name.clone(), *score);
            }
        }
        bumped
    }

    /// Splits the board by a test on the score: `(kept, removed)`, where
    /// `removed` holds the entries for which `remove` is true, as a list in
    /// key order (what a function returning who left must return), and
    /// `kept` all the others.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let model = BTreeMap::from([("Bob", 0), ("Alice", 0), ("Cleo", 5)]);
    /// let (kept, removed) = testkit::models::split(&model, |score| score == 0);
    /// assert_eq!(kept, BTreeMap::from([("Cleo", 5)]));
    /// assert_eq!(removed, [("Alice", 0), ("Bob", 0)]);
    /// ```
    #[must_use]
    pub fn split<K: Ord + Clone>(
        model: &BTreeMap<K, i32>,
        remove: impl Fn(i32) -> bool,
    ) -> (BTreeMap<K, i32>, Vec<(K, i32)>) {
        let mut kept = BTreeMap::new();
        let mut removed = Vec::new();
        for (key, &score) in model {
            if remove(score) {
                removed.push((key.clone(), score));
            } else {
                kept.insert(key.clone(), score);
            }
        }
        (kept, removed)
    }

    /// The job "players on 0 leave, everyone else earns `points`"
    /// (saturating): `(the board after, who left in key order)`.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let model = BTreeMap::from([("Alice", 0), ("Bob", i32::MAX), ("Cleo", -1)]);
    /// let (board, left) = testkit::models::remove_zeros_bump_rest(&model, 1);
    /// assert_eq!(board, BTreeMap::from([("Bob", i32::MAX), ("Cleo", 0)]));
    /// assert_eq!(left, [("Alice", 0)]);
    /// ```
    #[must_use]
    pub fn remove_zeros_bump_rest<K: Ord + Clone>(
        model: &BTreeMap<K, i32>,
        points: i32,
    ) -> (BTreeMap<K, i32>, Vec<(K, i32)>) {
        let (kept, removed) = split(model, |score| score == 0);
        (bump_all(&kept, points), removed)
    }

    /// The job "`player` scores `points`": a player on the board gets
    /// `points` added (saturating, so a penalty stops at `i32::MIN`); a
    /// newcomer joins with `points`. Written without the entry API, which is
    /// what some of the strategies under test use.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let mut model = BTreeMap::from([("Alice".to_owned(), i32::MAX)]);
    /// testkit::models::record(&mut model, "Alice", 5);
    /// testkit::models::record(&mut model, "Bob", -3);
    /// assert_eq!(model["Alice"], i32::MAX);
    /// assert_eq!(model["Bob"], -3);
    /// ```
    pub fn record(model: &mut BTreeMap<String, i32>, player: &str, points: i32) {
        if model.contains_key(player) {
            let old = model[player];
            model.insert(player.to_owned(), old.saturating_add(points));
        } else {
            model.insert(player.to_owned(), points);
        }
    }
}

/// Running the compiler from a test, for the tests that check what a chapter
/// says rustc prints (a diagnostic's wording, a lint, generated code).
///
/// [`Rustc::from_env`](rustc::Rustc::from_env) is the toolchain's compiler;
/// [`Rustc::rustup`](rustc::Rustc::rustup) another installed toolchain,
/// through `rustup run`. [`Rustc::compile`](rustc::Rustc::compile) compiles one
/// file into a directory of the caller's choosing and returns the exit
/// status and what rustc wrote on standard error.
///
/// Wording differs between compiler versions. A test that compares wording
/// first calls [`wording_is_pinned`](rustc::wording_is_pinned): on another compiler it says loudly, on
/// standard error, that it did not compare the words, and the test checks
/// only what any version must say (an error code, a lint name).
pub mod rustc {
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::{Command, ExitStatus};

    /// The start of `rustc --version` for the compiler whose words the course
    /// quotes (`rust-toolchain.toml` pins 1.95.0).
    pub const PINNED: &str = "rustc 1.95.";

    /// A way to run rustc: a program, and the arguments that come before
    /// rustc's own (none for a plain `rustc`).
    #[derive(Clone, Debug)]
    pub struct Rustc {
        program: String,
        prefix: Vec<String>,
    }

    /// What one compilation did.
    #[derive(Debug)]
    pub struct Compiled {
        /// rustc's exit status: success unless it reported an error.
        pub status: ExitStatus,
        /// Everything rustc wrote on standard error (errors and warnings).
        pub stderr: String,
        /// The command that ran, for messages (arguments joined by spaces).
        pub command: String,
    }

    impl Rustc {
        /// The toolchain's rustc: `$RUSTC` if set, else `rustc` on the PATH.
        ///
        /// Cargo does not pass `RUSTC` to tests, so this is usually the
        /// rustup proxy, which honours the repository's `rust-toolchain.toml`.
        #[must_use]
        pub fn from_env() -> Self {
            Self {
                program: std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned()),
                prefix: Vec::new(),
            }
        }

        /// The rustc of another installed toolchain, run as
        /// `rustup run <toolchain> rustc`.
        #[must_use]
        pub fn rustup(toolchain: &str) -> Self {
            Self {
                program: "rustup".to_owned(),
                prefix: vec!["run".to_owned(), toolchain.to_owned(), "rustc".to_owned()],
            }
        }

        fn command(&self) -> Command {
            let mut command = Command::new(&self.program);
            command.args(&self.prefix);
            command
        }

        /// What `rustc --version` prints, trimmed; `None` if it cannot be
        /// run or fails (for instance, no such toolchain installed).
        #[must_use]
        pub fn version(&self) -> Option<String> {
            let output = self.command().arg("--version").output().ok()?;
            output
                .status
                .success()
                .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        }

        /// Compiles `source` with `args`, writing the outputs into `out_dir`
        /// (created if missing): `rustc <args> --out-dir <out_dir> <source>`.
        ///
        /// # Panics
        ///
        /// Panics if `out_dir` cannot be created or rustc cannot be started.
        /// A compilation that fails does not panic: check
        /// [`Compiled::status`].
        #[must_use]
        pub fn compile(&self, source: &Path, out_dir: &Path, args: &[&str]) -> Compiled {
            std::fs::create_dir_all(out_dir).expect("can create the output directory");
            let mut command = self.command();
            command.args(args).arg("--out-dir").arg(out_dir).arg(source);
            let shown = std::iter::once(command.get_program())
                .chain(command.get_args())
                .map(|part| part.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ");
            let output = command
                .output()
                .unwrap_or_else(|e| panic!("cannot run `{shown}`: {e}"));
            Compiled {
                status: output.status,
                stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
                command: shown,
            }
        }

        /// Borrow-checks `source` as a 2024-edition program without
        /// generating code (`--edition 2024 --emit=metadata`), adding
        /// `flags`; see [`compile`](Self::compile).
        #[must_use]
        pub fn check(&self, source: &Path, out_dir: &Path, flags: &[&str]) -> Compiled {
            let mut args = vec!["--edition", "2024", "--emit=metadata"];
            args.extend_from_slice(flags);
            self.compile(source, out_dir, &args)
        }
    }

    /// Writes `source` to `dir/file_name` (creating `dir`) and returns the
    /// file's path: an example program a test is about to compile.
    ///
    /// # Panics
    ///
    /// Panics if the directory or the file cannot be written.
    #[must_use]
    pub fn write_example(dir: &Path, file_name: &str, source: &str) -> PathBuf {
        std::fs::create_dir_all(dir).expect("can create the output directory");
        let file = dir.join(file_name);
        std::fs::write(&file, source).expect("can write the example");
        file
    }

    /// Whether `version` (from [`Rustc::version`]) is the [`PINNED`] compiler,
    /// whose exact words the chapters quote.
    #[must_use]
    pub fn is_pinned(version: &str) -> bool {
        version.starts_with(PINNED)
    }

    /// [`is_pinned`]; besides, on any other compiler, writes a
    /// `NOT COMPARED <place>: ...; <checked>` line straight to standard error
    /// (not through `eprintln!`, which the test harness swallows for a
    /// passing test), so that an unchecked wording is always seen. `place` names the test file, `checked` says what was
    /// checked instead.
    ///
    /// # Panics
    ///
    /// Panics if standard error cannot be written.
    #[must_use]
    pub fn wording_is_pinned(version: &str, place: &str, checked: &str) -> bool {
        if is_pinned(version) {
            return true;
        }
        writeln!(
            std::io::stderr().lock(),
            "NOT COMPARED {place}: the chapter quotes {PINNED}x, this is `{version}`; {checked}"
        )
        .expect("can write to stderr");
        false
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn pinned_matches_the_repository_toolchain() {
            let toolchain = std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../rust-toolchain.toml"
            ))
            .expect("rust-toolchain.toml at the repository root");
            let channel = PINNED.trim_start_matches("rustc ");
            assert!(
                toolchain.contains(&format!("channel = \"{channel}")),
                "{PINNED} is not the channel of:\n{toolchain}"
            );
        }

        #[test]
        fn only_the_pinned_version_counts_as_pinned() {
            assert!(is_pinned("rustc 1.95.0 (0123abcd 2026-01-01)"));
            assert!(!is_pinned("rustc 1.96.0 (0123abcd 2026-02-01)"));
            assert!(!is_pinned("rustc 1.9.0"));
            assert!(!is_pinned(""));
        }

        #[test]
        fn compile_reports_status_and_stderr() {
            let rustc = Rustc::from_env();
            assert!(rustc.version().is_some_and(|v| v.starts_with("rustc ")));
            let dir = std::env::temp_dir().join(format!("testkit-rustc-{}", std::process::id()));
            let good = write_example(&dir, "good.rs", "fn main() {}\n");
            let ok = rustc.check(&good, &dir, &[]);
            assert!(ok.status.success(), "{}:\n{}", ok.command, ok.stderr);
            let bad = write_example(&dir, "bad.rs", "fn main() { let x: i32 = \"\"; }\n");
            let failed = rustc.check(&bad, &dir, &[]);
            assert!(!failed.status.success());
            assert!(failed.stderr.contains("error[E0308]"), "{}", failed.stderr);
            assert!(failed.command.contains("--emit=metadata --out-dir"));
            std::fs::remove_dir_all(&dir).expect("can clean up");
        }

        #[test]
        fn a_missing_toolchain_has_no_version() {
            let rustc = Rustc::rustup("no-such-toolchain-testkit");
            assert_eq!(rustc.version(), None);
        }
    }
}
