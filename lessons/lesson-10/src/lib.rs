//! # Lesson 10: the hostage at run time
//!
//! > **You will be able to:** tell E0502's run-time twins apart (the
//! > `RefCell` panic `RefCell already borrowed`, a lock that never returns,
//! > a `DashMap` that hangs), fix them with the compile-time fixes you
//! > already know, and test code that might deadlock without hanging your
//! > test suite.
//! >
//! > **The one idea:** `RefCell`, locks and `DashMap` do not lift the rule
//! > "many readers or one writer"; they check it while the program runs,
//! > where breaking it is a panic or a hang instead of an error code.
//!
//! ## The problem
//!
//! A shared board lives in an `Rc<RefCell<HashMap<String, i32>>>` (one
//! thread), an `Arc<RwLock<..>>`, an `Arc<Mutex<..>>` or a concurrent map
//! such as `DashMap`. All of them hand out access through `&self`
//! (`RefCell::borrow_mut(&self)`, `RwLock::write(&self)`,
//! `DashMap::get_mut(&self, ..)`), and a shared reference may be copied at
//! will, so the compiler has nothing to object to. Lesson 01's loop compiles:
//!
//! ```should_panic
//! use std::cell::RefCell;
//! use std::collections::HashMap;
//!
//! let scores: RefCell<HashMap<String, i32>> =
//!     RefCell::new(HashMap::from([(String::from("Alice"), 10)]));
//! for name in scores.borrow().keys() {
//!     if let Some(score) = scores.borrow_mut().get_mut(name) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! ```
//!
//! and panics on its first turn ([`refcell::award_bonus_inside_borrow`]). The
//! rule has not gone: the `RefCell` counts its live borrows and checks them
//! when `borrow_mut()` is called.
//!
//! ## E0502, checked at run time
//!
//! Without the `RefCell`, rustc rejects the loop (lesson 01;
//! [`compile_fail/get_mut_inside_iter_loop.rs`](../iterate_and_mutate/index.html#get_mut_inside_iter_loop)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/get_mut_inside_iter_loop.stderr"), "```")]
//!
//! With it, the program runs and stops at the `borrow_mut()` with the panic
//! message `RefCell already borrowed` (Rust 1.95's wording; unit tests
//! check it). The story (`cargo run -p lesson-10`) prints it as
//! `panicked at lessons/lesson-10/src/refcell.rs:LINE: RefCell already borrowed`,
//! LINE being the line of the `borrow_mut()` call.
//!
//! | | E0502 | `RefCell` |
//! |---|---|---|
//! | when | before the program exists | when the line runs |
//! | the shared borrow | `&scores` in the `for` header | the `Ref` that `scores.borrow()` returns |
//! | the exclusive borrow | `scores.get_mut(name)` | `scores.borrow_mut()` |
//! | what it names | all three places: where the shared borrow starts, why it is still alive, and the write | only the `borrow_mut()` call (the panic's location; `tests/panics.rs` checks the line) |
//! | a path that never runs | rejected all the same | never checked |
//!
//! The last row is the one that bites: on an empty board the loop body never
//! runs, so the broken function passes that test (a unit test checks it),
//! where the compiler rejects it whatever the board. Finding the borrow that
//! is still alive is your job, and it is lesson 01's question: *whose borrow
//! lasts too long?*
//!
//! `try_borrow_mut()` asks without panicking: it returns
//! `Err(BorrowMutError)`, displayed as the same `RefCell already borrowed`
//! ([`refcell::award_bonus_inside_borrow_checked`]). Use it where "busy" is
//! a real answer, such as a callback that can try again later; it does not
//! fix the loop, which still asks for a writer while its own reader is
//! alive.
//!
//! ## The fix is the one you already know
//!
//! End the shared borrow before the exclusive one starts, or take one
//! exclusive borrow for the whole job:
//!
//! * **One `borrow_mut()` for the whole job** ([`refcell::award_bonus`],
//!   [`refcell::cleanup_scores`]): `values_mut()` of lesson 07 or `retain` of
//!   lesson 04, on the `RefMut`. The playground below does this.
//! * **Collect first** ([`refcell::award_bonus_collect_first`]), when the
//!   loop calls code that borrows the cell itself. Collect in a `let` of its
//!   own: in `let names: Vec<String> = scores.borrow().keys().cloned().collect();`
//!   the `Ref` is a temporary of the statement, dropped at its `;`.
//!
//! Moved into the `for` header, the same collect panics again
//! ([`refcell::award_bonus_collect_in_for_header`]):
//!
//! ```should_panic
//! use std::cell::RefCell;
//! use std::collections::HashMap;
//!
//! let scores: RefCell<HashMap<String, i32>> =
//!     RefCell::new(HashMap::from([(String::from("Alice"), 10)]));
//! for name in scores.borrow().keys().cloned().collect::<Vec<String>>() {
//!     if let Some(score) = scores.borrow_mut().get_mut(&name) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! ```
//!
//! A temporary created in a `for` header lives until the end of the whole
//! loop: the `Ref` outlives the `collect`, although the vector owns every
//! name. The compiler cannot warn you: to it, `borrow()` and `borrow_mut()`
//! are both shared borrows of `scores`.
//!
//! The playground (`cargo run -p lesson-10 --example playground-10`) shows
//! the refusal and the one-borrow fix:
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! ## Locks: the same rule, and a hang instead of a panic
//!
//! An `RwLock` is the same idea for threads: `read()` returns a guard that
//! shares the board, `write()` one that has it alone. A thread that loops
//! over its read guard and calls `write()` inside
//! ([`rwlock::award_bonus_inside_read_guard`]) waits for the read guard to
//! go, and the read guard waits for the loop to end: the thread waits for
//! itself. A `Mutex` has no shared mode, so a loop over its guard that calls
//! `lock()` again does the same ([`mutex::award_bonus_inside_lock`]). Rust
//! 1.95's documentation allows a panic instead (its words are quoted in
//! those two functions' docs); with Rust 1.95 on Linux both block:
//! `tests/deadlocks.rs` finds the child process that runs them still waiting
//! 500 ms after it reached the call, and kills it. Nothing is printed, no
//! error is returned: the server just stops answering.
//!
//! `try_write()` and `try_lock()` return `Err(TryLockError::WouldBlock)`
//! instead of waiting, displayed as
//! `try_lock failed because the operation would block`
//! ([`rwlock::award_bonus_inside_read_guard_checked`]): a way to say "busy",
//! not a fix. The fixes are the compile-time ones again:
//!
//! * **One write guard for the whole job**: `values_mut()` or `retain` on
//!   the write guard ([`rwlock::award_bonus`], [`rwlock::cleanup_scores`],
//!   [`mutex::award_bonus`]). Other threads see the board before the job or
//!   after it, never halfway.
//! * **End the guard first**: collect the names under a read guard inside a
//!   block, so the guard is dropped at the block's `}`, then call the code
//!   that locks by itself ([`rwlock::award_bonus_collect_first`]). The lock
//!   is released between the phases, so the job is not all or nothing.
//!
//! ```
//! use std::collections::HashMap;
//! use std::sync::RwLock;
//!
//! let scores: RwLock<HashMap<String, i32>> =
//!     RwLock::new(HashMap::from([(String::from("Alice"), 10)]));
//! // One write guard for the whole job: a temporary of the `for` header,
//! // alive until the loop ends, which is what this job wants.
//! for score in scores.write().unwrap().values_mut() {
//!     *score = score.saturating_add(1);
//! }
//! // End the guard first: the read guard is dropped at the block's `}`.
//! let names: Vec<String> = {
//!     let board = scores.read().unwrap();
//!     board.keys().cloned().collect()
//! };
//! for name in &names {
//!     if let Some(score) = scores.write().unwrap().get_mut(name) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! assert_eq!(scores.read().unwrap()["Alice"], 12);
//! ```
//!
//! The compiler still checks what you do *with* a guard: a read guard
//! dereferences to `&HashMap` only, so writing through it is E0596
//! ([`compile_fail/values_mut_through_read_guard.rs`](../iterate_and_mutate/index.html#values_mut_through_read_guard)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/values_mut_through_read_guard.stderr"), "```")]
//!
//! ## `DashMap`: a lock per shard
//!
//! [`DashMap`](https://docs.rs/dashmap/6.2.1) is a concurrent `HashMap`
//! from the `dashmap` crate (pinned at 6.2.1, a dev-dependency: lessons have
//! no run-time dependencies). This part lives in an example,
//! `cargo run -p lesson-10 --example dashmap`, whose documentation has the
//! details, and in `tests/dashmap.rs`.
//!
//! A `DashMap` is an array of *shards*, each a reader-writer lock around its
//! own hash table; a key's hash picks its shard. Every handle holds its
//! shard's lock until it is dropped: a `Ref` (from `get`) or an iterator's
//! item the read lock, a `RefMut` (from `get_mut`), an `Entry` or an
//! `iter_mut()` item the write lock. As with `RwLock`, a call that needs a
//! lock its own thread's handle keeps it from getting hangs for ever (the
//! example and `tests/dashmap.rs` show each case blocked):
//!
//! * `get_mut`, `insert` or `alter` of a key in the shard that
//!   `for entry in &board` is walking (the entry's own key always is);
//!   `get` of the same key does not block, since read locks share;
//! * `entry("Alice")` while a `Ref` to Alice is alive;
//! * a `retain` closure that calls `board.get(..)` (on a `HashMap`, E0502:
//!   [`compile_fail/retain_reads_the_map.rs`](../iterate_and_mutate/index.html#retain_reads_the_map), lesson 04);
//! * `get_mut` of **another** player while a `Ref` to Alice is alive, when
//!   the two names happen to share a shard.
//!
//! The last one comes and goes: which names share a shard depends on the
//! map's random hasher seed and its shard count (8 on a 2-CPU machine by
//! default). Two given names share one of 8 shards in about one map in
//! eight, so the code passes its tests and hangs in production.
//!
//! `try_get_mut` asks instead of waiting: `TryResult::Locked` when the shard
//! is held, `Present` or `Absent` otherwise (`try_get`, and `try_entry`
//! returning `None`, likewise):
//!
//! ```
//! use dashmap::DashMap;
//! use dashmap::try_result::TryResult;
//!
//! let board: DashMap<String, i32> = DashMap::new();
//! board.insert(String::from("Alice"), 10);
//! let alice = board.get("Alice").unwrap();
//! assert!(matches!(board.try_get_mut("Alice"), TryResult::Locked));
//! drop(alice);
//! assert!(matches!(board.try_get_mut("Alice"), TryResult::Present(_)));
//! assert!(matches!(board.try_get_mut("Bob"), TryResult::Absent));
//! ```
//!
//! The fixes are, once more, the ones you know: one call that does the whole
//! job under the locks it takes itself (`iter_mut()`, `alter_all`,
//! `retain`); `alter` or `entry` for one key **with no `Ref` alive**; or the
//! names collected first, then `get_mut` each once the iterator is gone:
//!
//! ```
//! use dashmap::DashMap;
//!
//! let board: DashMap<String, i32> = DashMap::new();
//! board.insert(String::from("Alice"), 0);
//! board.insert(String::from("Bob"), 20);
//! board.alter_all(|_name, score| score.saturating_add(1)); // everyone
//! board.retain(|_name, score| *score != 1); // Alice leaves
//! board.alter("Bob", |_name, score| score.saturating_add(1)); // one key
//! board.entry(String::from("Cleo")).or_insert(5); // no Ref alive
//! let names: Vec<String> = board.iter().map(|entry| entry.key().clone()).collect();
//! for name in names {
//!     if let Some(mut score) = board.get_mut(&name) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! assert_eq!(*board.get("Bob").unwrap(), 23);
//! assert_eq!(*board.get("Cleo").unwrap(), 6);
//! assert!(board.get("Alice").is_none());
//! ```
//!
//! The `for`-header trap has a `DashMap` form too: in `if let Some(alice) =
//! board.get("Alice") { board.alter_all(..) }` the `Ref` lives for the whole
//! body. Copy the value out first (`let alice = board.get("Alice").map(|r| *r);`).
//!
//! ## Testing a deadlock honestly
//!
//! A test that calls code that may deadlock hangs the test run, and no
//! timeout inside the process can stop a blocked thread. So this lesson's
//! tests run each such case in a **child process** that prints a marker line
//! right before the call; the test kills a child still running 500 ms after
//! the marker and reports it as blocked, and reports one that exits with what
//! it printed, so the same harness shows that the fixes finish ([`watch`]
//! has the details). Panics are easier:
//! `#[should_panic(expected = "RefCell already borrowed")]`, or
//! [`watch::catch_panic`] where the program must carry on.
//!
//! ## What it costs
//!
//! The fixes run the loops of lessons 07, 04 and 01, plus one `borrow_mut()`
//! or guard per job (per player for the collect-first fixes, which also clone
//! every name). This lesson measures no timings.
//!
//! ## When not to use it
//!
//! * Do not put a map in a `RefCell` to make E0502 go away in code that
//!   owns the map: the check moves to run time, where only the paths your
//!   tests take are checked.
//! * Reach for `RefCell` when several owners share the board in one thread,
//!   for a lock or `DashMap` when threads do; keep each borrow or guard as
//!   short as one statement or one job, and call nothing that locks while
//!   you hold one.
//!
//! ## Scores at the range ends
//!
//! Every function here adds with `saturating_add`: a player at `i32::MAX`
//! stays there, a player at `i32::MIN` moves up by one.
//!
//! ## Exercises
//!
//! Practise finding the live borrow or guard, and testing code that may
//! hang.
//!
//! * `exercises/exercises/lesson10/l10_assembly_costs.rs`
//! * `exercises/exercises/lesson10/l10_release_holds.rs`
//!
//! ---
//!
//! [← Lesson 09: closures and pairs](../lesson_09/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 11: every collection →](../lesson_11/index.html)
#![forbid(unsafe_code)]

pub mod mutex;
pub mod refcell;
pub mod rwlock;
pub mod watch;

/// The points a player earns at the end of a round.
pub const BONUS: i32 = 1;
