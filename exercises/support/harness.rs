//! What every exercise's tests share: a counting allocator, a counting
//! hasher, a small deterministic generator of awkward boards, and a model
//! check that shrinks a failure to the smallest failing board it finds; and
//! a way to run code that may block for ever without hanging the tests.
//!
//! Each exercise includes this file, after its `fn main`, with
//!
//! ```text
//! #[cfg(test)]
//! #[path = "../../support/harness.rs"]
//! mod harness;
//! ```
//!
//! It is part of the tests: whoever grades a copy of the exercises restores
//! it together with the exercises' own tests. It has no dependency.

// Each exercise uses only some of these helpers.
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Debug;
use std::hash::{BuildHasher, DefaultHasher, Hash, RandomState};
use std::panic::{AssertUnwindSafe, catch_unwind, set_hook, take_hook};
use std::sync::Once;
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::thread;
use std::time::Duration;

// ---------------------------------------------------------------------------
// Allocations

thread_local! {
    // One counter per thread: libtest runs the tests on several threads, and
    // each test must see only its own allocations.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, counting every request for memory (`alloc`,
/// `alloc_zeroed`, `realloc`) made by the current thread.
struct CountingAllocator;

fn count_one() {
    // `try_with`: a thread that is shutting down may still allocate.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get().wrapping_add(1)));
}

thread_local! {
    // The block size that `blocks_of` watches on this thread (0: none), and
    // how many blocks of that size the thread asked for while watching.
    static WATCHED_SIZE: Cell<usize> = const { Cell::new(0) };
    static WATCHED: Cell<usize> = const { Cell::new(0) };
}

/// Counts a request for `size` bytes aligned to `align` if it is a block of
/// bytes (alignment 1, as a `String`'s buffer is) of the watched size.
fn watch(size: usize, align: usize) {
    if align == 1 && size != 0 && WATCHED_SIZE.try_with(Cell::get) == Ok(size) {
        let _ = WATCHED.try_with(|n| n.set(n.get().wrapping_add(1)));
    }
}

// `GlobalAlloc` is an `unsafe` trait: implementing it is the one thing in
// the exercise set that needs `unsafe`. The allowance is this item only
// (Cargo.toml denies `unsafe_code` everywhere else), and it forwards every
// call unchanged to the system allocator.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        watch(layout.size(), layout.align());
        // SAFETY: forwarded unchanged; the caller upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        watch(layout.size(), layout.align());
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        watch(new_size, layout.align());
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Runs `f` and returns its result with the number of times it asked the
/// allocator for memory (a `realloc` that grows a vector counts as one).
pub fn allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = f();
    let after = ALLOCATIONS.with(Cell::get);
    (result, after.wrapping_sub(before))
}

/// Runs `f` and returns its result with the number of blocks of exactly
/// `len` bytes (alignment 1) it asked the allocator for. Copying a `String`
/// of `len` bytes (`clone`, `to_owned`, `to_string`, `format!("{s}")`) asks
/// for exactly such a block, so when every name in a test is `len` bytes
/// long, this counts the names that `f` copied. (A `Vec`'s or a map's table
/// is aligned to its elements, and is not counted.)
pub fn blocks_of<R>(len: usize, f: impl FnOnce() -> R) -> (R, usize) {
    WATCHED.with(|n| n.set(0));
    WATCHED_SIZE.with(|size| size.set(len));
    let result = f();
    WATCHED_SIZE.with(|size| size.set(0));
    (result, WATCHED.with(Cell::get))
}

// ---------------------------------------------------------------------------
// Lookups

/// A `BuildHasher` that counts how many keys the map hashes: one per lookup
/// (`get`, `get_mut`, `contains_key`, `entry`, `insert`, `remove`, indexing),
/// none for walking it (`iter`, `values_mut`, `retain`, `drain`,
/// `extract_if`). Give the map room first: a table that grows rehashes
/// every key it holds, and that would count too.
#[derive(Default)]
pub struct Counting {
    hashes: Cell<usize>,
    inner: RandomState,
}

impl Counting {
    /// How many keys were hashed since the map was filled (see [`counted`]).
    pub fn hashes(&self) -> usize {
        self.hashes.get()
    }

    /// Sets the counter back to zero.
    pub fn reset(&self) {
        self.hashes.set(0);
    }
}

impl BuildHasher for Counting {
    type Hasher = DefaultHasher;

    fn build_hasher(&self) -> DefaultHasher {
        self.hashes.set(self.hashes.get().wrapping_add(1));
        self.inner.build_hasher()
    }
}

/// A map holding `entries`, with room for `room` more entries besides, whose
/// hasher counts; the counter is at zero.
pub fn counted<K: Eq + Hash, V>(
    entries: impl IntoIterator<Item = (K, V)>,
    room: usize,
) -> HashMap<K, V, Counting> {
    let entries: Vec<(K, V)> = entries.into_iter().collect();
    let mut map = HashMap::with_capacity_and_hasher(entries.len() + room, Counting::default());
    map.extend(entries);
    map.hasher().reset();
    map
}

/// A plain `HashMap` holding `entries`.
pub fn map<K: Eq + Hash + Clone, V: Clone>(entries: &[(K, V)]) -> HashMap<K, V> {
    entries.iter().cloned().collect()
}

/// `Ok` if a map kept its table while `removed` entries were taken out:
/// its capacity did not grow, and it dropped by at most one per removed
/// entry. (In Rust 1.95's `HashMap`, removing an entry in place, as
/// `remove`, `retain` and `extract_if` do, may leave a tombstone, a slot
/// that `capacity()` no longer counts as free; a new or reallocated table
/// would not keep to these bounds unless it happened to be the same size.)
pub fn kept_its_table(
    capacity_before: usize,
    capacity_after: usize,
    removed: usize,
) -> Result<(), String> {
    if capacity_after <= capacity_before && capacity_after + removed >= capacity_before {
        Ok(())
    } else {
        Err(format!(
            "capacity went from {capacity_before} to {capacity_after} while {removed} entries were removed: \
             the map did not keep its table"
        ))
    }
}

/// A map from `(name, value)` pairs written as `&str`s.
pub fn board<V: Clone>(entries: &[(&str, V)]) -> HashMap<String, V> {
    owned(entries).into_iter().collect()
}

/// Adjacency lists from `(node, [neighbours])` written as `&str`s.
pub fn lists(entries: &[(&str, &[&str])]) -> HashMap<String, Vec<String>> {
    entries
        .iter()
        .map(|&(node, others)| {
            (
                node.to_owned(),
                others.iter().map(|&o| o.to_owned()).collect(),
            )
        })
        .collect()
}

/// The same pairs with owned names.
pub fn owned<V: Clone>(entries: &[(&str, V)]) -> Vec<(String, V)> {
    entries
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect()
}

/// Where each non-empty name keeps its bytes (an empty `String` has no
/// heap buffer). A `String` that is moved keeps its buffer; a copy gets a
/// new one, allocated while the original still exists.
pub fn buffers<'a>(names: impl IntoIterator<Item = &'a String>) -> HashMap<String, usize> {
    names
        .into_iter()
        .filter(|name| !name.is_empty())
        .map(|name| (name.clone(), name.as_ptr().addr()))
        .collect()
}

/// `Ok` if every non-empty name in `after` still uses the buffer it had in
/// `before`: it was moved, not copied.
pub fn moved_not_copied<'a>(
    before: &HashMap<String, usize>,
    after: impl IntoIterator<Item = &'a String>,
) -> Result<(), String> {
    for name in after.into_iter().filter(|name| !name.is_empty()) {
        if before.get(name) != Some(&name.as_ptr().addr()) {
            return Err(format!(
                "{name:?} is a copy, not the name that was moved out"
            ));
        }
    }
    Ok(())
}

/// The same entries in key order, to compare with a model.
pub fn sorted<K: Ord + Clone, V: Clone, S>(map: &HashMap<K, V, S>) -> BTreeMap<K, V> {
    map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

// ---------------------------------------------------------------------------
// Boards

/// Name pieces that break sloppy code: the empty name, names that differ
/// only in case or in their first byte, a name that is a prefix of another,
/// and names beyond ASCII (two-byte, three-byte and four-byte characters).
pub const NAMES: &[&str] = &[
    "",
    "a",
    "A",
    "b",
    "ab",
    "Ab",
    "aB",
    "ba",
    "e",
    "é",
    "É",
    "Zoë",
    "字",
    "Дмитрий",
    "дмитрий",
    "😀",
    " ",
    "_",
];

/// A small deterministic generator (SplitMix64): the same seed gives the
/// same boards on every machine and every run.
pub struct Gen {
    state: u64,
}

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen {
            state: seed ^ 0x5DEE_CE66_D1CE_4E5B,
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True once in `n` times, on average.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }

    /// How many entries a board gets: 0, 1 and 2 often, a handful usually,
    /// sometimes many.
    pub fn size(&mut self) -> usize {
        match self.below(10) {
            0 => 0,
            1 => 1,
            2 => 2,
            3..=7 => 3 + self.below(6),
            _ => 20 + self.below(60),
        }
    }

    /// An `i32` at or next to the ends of the range, zero, or a small or
    /// random number: ties, zeros and overflows come up often.
    pub fn i32(&mut self) -> i32 {
        match self.below(4) {
            0 => self.pick(&[i32::MIN, i32::MIN + 1, i32::MAX - 1, i32::MAX]),
            1 => self.pick(&[-2, -1, 0, 1, 2]),
            2 => self.below(41) as i32 - 20,
            _ => self.next_u64() as i32,
        }
    }

    /// A `u32` at or next to the ends of the range, or a small or random one.
    pub fn u32(&mut self) -> u32 {
        match self.below(4) {
            0 => self.pick(&[0, 1, u32::MAX - 1, u32::MAX]),
            1 | 2 => self.below(21) as u32,
            _ => self.next_u64() as u32,
        }
    }

    /// A `u64` at or next to the ends of the range, or a small or random one.
    pub fn u64(&mut self) -> u64 {
        match self.below(4) {
            0 => self.pick(&[0, 1, u64::MAX - 1, u64::MAX]),
            1 | 2 => self.below(21) as u64,
            _ => self.next_u64(),
        }
    }

    /// One to three pieces of `pieces` glued together.
    pub fn name(&mut self, pieces: &[&str]) -> String {
        let n = 1 + self.below(3);
        (0..n).map(|_| self.pick(pieces)).collect()
    }

    /// `n` names: each one, half the time, the key of one of `entries` (a
    /// lookup that finds it), otherwise a name glued from `pieces` (one that
    /// may miss).
    pub fn keys_or_names<V>(
        &mut self,
        entries: &[(String, V)],
        pieces: &[&str],
        n: usize,
    ) -> Vec<String> {
        (0..n)
            .map(|_| {
                if !entries.is_empty() && self.one_in(2) {
                    entries[self.below(entries.len())].0.clone()
                } else {
                    self.name(pieces)
                }
            })
            .collect()
    }

    /// One of the values of `entries` a third of the time (a threshold that
    /// lands exactly on a value), otherwise `other(self)`.
    pub fn value_or<K, V: Clone>(
        &mut self,
        entries: &[(K, V)],
        other: impl FnOnce(&mut Gen) -> V,
    ) -> V {
        if !entries.is_empty() && self.one_in(3) {
            entries[self.below(entries.len())].1.clone()
        } else {
            other(self)
        }
    }

    /// `n` entries with distinct keys (a repeated key is skipped, so a board
    /// can come out shorter than `n`).
    pub fn board<K: Eq + Hash + Clone, V>(
        &mut self,
        n: usize,
        mut key: impl FnMut(&mut Gen) -> K,
        mut value: impl FnMut(&mut Gen) -> V,
    ) -> Vec<(K, V)> {
        let mut seen = HashSet::new();
        let mut entries = Vec::with_capacity(n);
        for _ in 0..n {
            let k = key(self);
            let v = value(self);
            if seen.insert(k.clone()) {
                entries.push((k, v));
            }
        }
        entries
    }
}

// ---------------------------------------------------------------------------
// Model checks

/// A generated test case that can be made smaller: a `Vec` by dropping one
/// element, a tuple by making one of its parts smaller. Numbers and names
/// stay as they are (the awkward values are the point).
pub trait Case: Clone + Debug {
    fn smaller(&self) -> Vec<Self> {
        Vec::new()
    }
}

macro_rules! case_as_is {
    ($($t:ty),*) => { $(impl Case for $t {})* };
}
case_as_is!(bool, i32, u32, u64, usize, String, &'static str);

impl<T: Clone + Debug> Case for Vec<T> {
    fn smaller(&self) -> Vec<Self> {
        (0..self.len())
            .map(|i| {
                let mut v = self.clone();
                v.remove(i);
                v
            })
            .collect()
    }
}

impl<A: Case, B: Case> Case for (A, B) {
    fn smaller(&self) -> Vec<Self> {
        let (a, b) = self;
        let mut out: Vec<Self> = a.smaller().into_iter().map(|a| (a, b.clone())).collect();
        out.extend(b.smaller().into_iter().map(|b| (a.clone(), b)));
        out
    }
}

impl<A: Case, B: Case, C: Case> Case for (A, B, C) {
    fn smaller(&self) -> Vec<Self> {
        let (a, b, c) = self;
        let mut out: Vec<Self> = a
            .smaller()
            .into_iter()
            .map(|a| (a, b.clone(), c.clone()))
            .collect();
        out.extend(b.smaller().into_iter().map(|b| (a.clone(), b, c.clone())));
        out.extend(c.smaller().into_iter().map(|c| (a.clone(), b.clone(), c)));
        out
    }
}

/// How many boards each model test tries.
pub const BOARDS: u64 = 300;

/// Runs `test` on [`BOARDS`] cases made by `make` (case `i` from seed `i`).
/// `test` returns `Err` (or panics) when the student's function and the
/// model disagree. On the first failure, the case is made smaller for as
/// long as it still fails, and the smallest failing case found is printed.
pub fn check<C: Case>(mut make: impl FnMut(&mut Gen) -> C, test: impl Fn(C) -> Result<(), String>) {
    let run = |case: &C| {
        // A panic is a failure like any other: caught, kept as the reason,
        // and not printed (a shrink may provoke hundreds of them).
        QUIET.with(|quiet| quiet.set(true));
        let outcome = catch_unwind(AssertUnwindSafe(|| test(case.clone())));
        QUIET.with(|quiet| quiet.set(false));
        match outcome {
            Ok(result) => result,
            Err(panic) => Err(format!("it panicked: {}", panic_message(panic.as_ref()))),
        }
    };
    quiet_panics_on_request();
    for seed in 0..BOARDS {
        let case = make(&mut Gen::new(seed));
        if let Err(first) = run(&case) {
            let (smallest, why) = shrink(case, first, &run);
            panic!(
                "board {seed} of {BOARDS} fails. The smallest failing board found:\n\
                 {smallest:?}\n{why}"
            );
        }
    }
}

fn shrink<C: Case>(
    mut case: C,
    mut why: String,
    run: &impl Fn(&C) -> Result<(), String>,
) -> (C, String) {
    'smaller: loop {
        for candidate in case.smaller() {
            if let Err(reason) = run(&candidate) {
                case = candidate;
                why = reason;
                continue 'smaller;
            }
        }
        return (case, why);
    }
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once per process) a panic hook that stays silent on a thread
/// whose `QUIET` flag is set and otherwise does what the default hook does.
fn quiet_panics_on_request() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let default = take_hook();
        set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        String::from("(no message)")
    }
}

/// `Ok` if `got == want`, else an `Err` that shows both.
pub fn same<T: PartialEq + Debug>(what: &str, got: T, want: T) -> Result<(), String> {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}:\n   got: {got:?}\n  want: {want:?}"))
    }
}

// ---------------------------------------------------------------------------
// Code that may block for ever

/// How long [`finishes`] waits for code that may block for ever.
pub const PATIENCE: Duration = Duration::from_secs(1);

/// What [`finishes`] reports when the code is still running after
/// [`PATIENCE`].
pub const BLOCKED: &str = "blocked: is a guard still alive when you write?";

/// Runs `job` on a thread of its own and returns what it returned; an `Err`
/// that starts with [`BLOCKED`] if it is still running after [`PATIENCE`],
/// or one that says it panicked, and why.
///
/// A thread that waits for a lock it holds itself cannot be stopped: it is
/// left behind, blocked, and ends with the test process, which does not
/// wait for it. So a test of code that deadlocks fails in about a second
/// instead of hanging `rustlings` or `cargo test`. (A lesson's test kills a
/// child process instead, lesson 10's `watch`; an exercise is a single
/// file, so it uses a thread.)
pub fn finishes<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    let quiet = QUIET.with(Cell::get);
    let (done, outcome) = channel();
    let worker = thread::spawn(move || {
        QUIET.with(|q| q.set(quiet));
        let result = catch_unwind(AssertUnwindSafe(job)).map_err(|p| panic_message(p.as_ref()));
        // The receiver is gone only if the test gave up waiting.
        let _ = done.send(result);
    });
    match outcome.recv_timeout(PATIENCE) {
        Ok(result) => {
            let _ = worker.join();
            result.map_err(|why| format!("it panicked: {why}"))
        }
        Err(RecvTimeoutError::Timeout) => Err(format!(
            "{BLOCKED} (still running after {} ms)",
            PATIENCE.as_millis()
        )),
        Err(RecvTimeoutError::Disconnected) => Err("the thread ended without an answer".to_owned()),
    }
}

/// [`check`], for a `test` that runs the student's code through
/// [`finishes`]: the first board on which it blocks is reported as it is,
/// not made smaller, since every try would wait [`PATIENCE`] again.
pub fn check_may_block<C: Case>(
    make: impl FnMut(&mut Gen) -> C,
    test: impl Fn(C) -> Result<(), String>,
) {
    let blocked = Cell::new(false);
    check(make, |case| {
        if blocked.get() {
            // Stops the shrinking: no smaller board is tried.
            return Ok(());
        }
        let result = test(case);
        if result.as_ref().is_err_and(|why| why.starts_with(BLOCKED)) {
            blocked.set(true);
        }
        result
    });
}
